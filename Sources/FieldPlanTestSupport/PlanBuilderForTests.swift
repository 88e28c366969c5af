import FieldPlanModel

/// Builds plans for tests from technician → visit-id sequences, by simulating the schedule.
///
/// Each route departs at its shift start; each visit starts as early as travel, its windows, its
/// pinned start and an already-scheduled follow-up predecessor allow; ``breakMarker`` in a
/// sequence places the technician's next break rule (by earliest start) there, as early as its
/// window allows. Visits in no sequence are left out. The summary is computed here, independently
/// of the validator, so tests can cross-check the two. Tests then break one constraint of a
/// valid plan at a time. Unknown ids trap: they are mistakes in a test, not data.
public enum PlanBuilderForTests {
    /// The sequence entry that places a break.
    public static let breakMarker = "<break>"

    /// A plan serving `routes` (technician id → visit ids in order) with a correct summary.
    public static func plan(
        _ scenario: Scenario, routes: KeyValuePairs<String, [String]>, convention: DistanceConvention = .exact,
        objectiveKind: ObjectiveSettings.Kind? = nil
    ) -> Plan {
        let time = resolver(scenario)
        let travel = TravelCalculator(settings: scenario.travel, convention: convention)
        var ends: [String: Double] = [:]
        var built: [Route] = []
        for (technicianID, sequence) in routes where !sequence.isEmpty {
            guard let technician = scenario.technicians.first(where: { $0.id == technicianID }) else {
                preconditionFailure("unknown technician \(technicianID)")
            }
            let rules = technician.breaks.sorted { time.minutes($0.earliestStart) < time.minutes($1.earliestStart) }
            var nextRule = 0
            var location = technician.start
            let departure = time.minutes(technician.shift.start)
            var ready = departure
            var stops: [Stop] = []
            for entry in sequence {
                if entry == breakMarker {
                    precondition(nextRule < rules.count, "\(technicianID) has no break left")
                    let rule = rules[nextRule]
                    nextRule += 1
                    let start = max(ready, time.minutes(rule.earliestStart))
                    stops.append(.breakStop(arrival: ready, start: start, end: start + rule.duration))
                    ready = start + rule.duration
                    continue
                }
                guard let visit = scenario.visits.first(where: { $0.id == entry }) else {
                    preconditionFailure("unknown visit \(entry)")
                }
                let arrival = ready + minutes(travel, from: location, to: visit.location, technician)
                var earliest = arrival
                if let link = visit.followUp, let predecessorEnd = ends[link.after] {
                    earliest = max(earliest, predecessorEnd + link.minGap)
                }
                let start: Double
                if let pinned = visit.pinnedStart {
                    start = time.minutes(pinned)
                } else {
                    let windows = visit.timeWindows.map { (time.minutes($0.start), time.minutes($0.end)) }
                        .sorted { $0.0 < $1.0 }
                    let open = windows.first { $0.1 >= earliest }
                    start = max(earliest, open?.0 ?? earliest)
                }
                let end = start + visit.duration * technician.workDurationFactor
                stops.append(.visit(visit.id, arrival: arrival, start: start, end: end))
                ends[visit.id] = end
                ready = end
                location = visit.location
            }
            if !technician.openEnd {
                ready += minutes(travel, from: location, to: technician.end ?? technician.start, technician)
            }
            built.append(Route(technician: technicianID, start: departure, end: ready, stops: stops))
        }
        let served = Set(built.flatMap(\.visitIDs))
        let leftOut = scenario.visits.filter { !served.contains($0.id) }.map {
            LeftOutVisit(visit: $0.id, reasons: [LeftOutReason(.noRoom, "left out by the test")])
        }
        let plan = Plan(routes: built, unassigned: leftOut, summary: emptySummary(convention))
        return resummarised(plan, for: scenario, convention: convention, objectiveKind: objectiveKind)
    }

    /// `plan` with its summary recomputed from its routes and left-out list (after a test edit).
    public static func resummarised(
        _ plan: Plan, for scenario: Scenario, convention: DistanceConvention = .exact,
        objectiveKind: ObjectiveSettings.Kind? = nil
    ) -> Plan {
        var result = plan
        result.summary = summary(of: plan, for: scenario, convention: convention, objectiveKind: objectiveKind)
        return result
    }

    /// The summary of `plan`: totals and cost by the documented formula (see `docs/validator.md`).
    public static func summary(
        of plan: Plan, for scenario: Scenario, convention: DistanceConvention = .exact,
        objectiveKind: ObjectiveSettings.Kind? = nil
    ) -> PlanSummary {
        let time = resolver(scenario)
        let travel = TravelCalculator(settings: scenario.travel, convention: convention)
        var objective = scenario.objective
        if let objectiveKind { objective.kind = objectiveKind }
        let w = Problem.effectiveWeights(objective)
        var summary = emptySummary(convention)
        var cost = 0.0
        let served = Set(plan.routes.flatMap(\.visitIDs))
        var bonused: Set<String> = []
        for route in plan.routes where !route.visitIDs.isEmpty {
            guard let technician = scenario.technicians.first(where: { $0.id == route.technician }) else { continue }
            summary.routes += 1
            var location = technician.start, distance = 0.0, travelMinutes = 0.0
            var legs = route.visitIDs.compactMap { id in scenario.visits.first { $0.id == id } }.map(\.location)
            if !technician.openEnd { legs.append(technician.end ?? technician.start) }
            for next in legs {
                distance += travel.distance(from: location, to: next) ?? 0
                travelMinutes += minutes(travel, from: location, to: next, technician)
                location = next
            }
            for stop in route.stops {
                guard let id = stop.visit, let visit = scenario.visits.first(where: { $0.id == id }) else { continue }
                if let sla = visit.sla, !sla.hard {
                    let late = max(0, stop.start - time.minutes(sla.deadline))
                    summary.lateness += late
                    cost += w.lateness * late * sla.penaltyPerMinute
                }
                if visit.preferredTechnicians.contains(technician.id), bonused.insert(id).inserted {
                    cost -= w.preference * (visit.preferenceBonus ?? objective.preferenceBonus)
                }
            }
            let overtime = max(0, route.end - time.minutes(technician.shift.end))
            summary.distance += distance
            summary.travelTime += travelMinutes
            summary.overtime += overtime
            cost += w.overtime * overtime / 60 * technician.overtimeCostPerHour
                + w.travelTime * travelMinutes
                + (w.distance + w.technicianCost * technician.costPerKm) * distance
                + w.technicianCost * (technician.costPerHour * (route.end - route.start) / 60 + technician.fixedCost)
                + w.route
        }
        for visit in scenario.visits {
            if served.contains(visit.id) {
                summary.assigned += 1
                continue
            }
            summary.unassigned += 1
            let penalty = visit.penalty
                ?? (visit.mandatory ? objective.mandatoryPenalty : objective.visitPenalty * Double(visit.priority))
            cost += w.unassigned * penalty
        }
        summary.cost = cost
        return summary
    }

    private static func emptySummary(_ convention: DistanceConvention) -> PlanSummary {
        PlanSummary(distance: 0, travelTime: 0, routes: 0, assigned: 0, unassigned: 0, lateness: 0, overtime: 0,
                    cost: 0, strategy: "test-builder", seed: 0, elapsedSeconds: 0, distanceConvention: convention)
    }

    private static func resolver(_ scenario: Scenario) -> TimeResolver {
        guard let time = TimeResolver(date: scenario.date, timeZone: scenario.timeZone) else {
            preconditionFailure("the fixture's date or time zone is invalid")
        }
        return time
    }

    private static func minutes(
        _ travel: TravelCalculator, from a: Location, to b: Location, _ technician: Technician
    ) -> Double {
        (travel.minutes(from: a, to: b) ?? 0) / technician.speedFactor
    }
}
