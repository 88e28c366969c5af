import FieldPlanModel

extension PlanValidator {
    /// Walks one route: who serves what, timing, breaks, limits; adds its totals to `costs`.
    func checkRoute(
        _ route: Route, index: Int, served: inout [String: ServedVisit], costs: inout RecomputedCosts,
        violations: inout [PlanViolation]
    ) {
        let technicianID = route.technician
        func report(_ code: ViolationCode, visit: String? = nil, _ message: String) {
            violations.append(PlanViolation(code, technician: technicianID, visit: visit, message))
        }
        guard route.stops.contains(where: { $0.kind == .visit }) else {
            report(.emptyRoute, "route \(index) has no visit stop; a technician who does not work has no route")
            return
        }
        guard let technician = techniciansByID[technicianID] else {
            report(.unknownTechnician,
                   "route \(index) names a technician the scenario does not have; it is not costed or timed")
            for stop in route.stops where stop.kind == .visit {
                guard let id = stop.visit else { continue }
                if visitsByID[id] == nil {
                    report(.unknownVisit, visit: id, "the route serves a visit the scenario does not have")
                } else if served[id] != nil {
                    report(.duplicateVisit, visit: id, "the visit is served more than once")
                } else {
                    served[id] = ServedVisit(route: index, technician: technicianID, start: stop.start, end: stop.end)
                }
            }
            return
        }

        costs.routes += 1
        let timed = timesAreFinite(route)
        if !timed {
            report(.nonFiniteTime, "route \(index) has a NaN or infinite time; its timing is not checked")
        }
        var walk = RouteWalk(technician: technician, ready: route.start, rules: breakRules(of: technician))
        for (position, stop) in route.stops.enumerated() {
            switch stop.kind {
            case .visit:
                guard let id = stop.visit else {
                    report(.malformedStop, "stop \(position) is a visit stop without a visit id")
                    continue
                }
                guard let visit = visitsByID[id] else {
                    report(.unknownVisit, visit: id, "the route serves a visit the scenario does not have")
                    continue
                }
                walk.visitCount += 1
                walk.demand += visit.demand
                if served[id] != nil {
                    report(.duplicateVisit, visit: id, "the visit is served more than once")
                } else {
                    served[id] = ServedVisit(route: index, technician: technicianID, start: stop.start, end: stop.end)
                    if visit.preferredTechnicians.contains(technicianID) {
                        costs.preferenceBonus += weights.preference
                            * (visit.preferenceBonus ?? objective.preferenceBonus)
                    }
                }
                checkQualification(of: technician, for: visit, report: report)
                let leg = travelLeg(from: walk.location, to: visit.location, technician: technician, visit: id,
                                    report: report)
                walk.distance += leg.distance
                walk.travelMinutes += leg.minutes
                walk.location = visit.location
                if timed {
                    checkVisitTiming(stop, visit: visit, technician: technician,
                                     earliestArrival: walk.ready + leg.minutes, costs: &costs, report: report)
                    walk.ready = stop.end
                }
            case .break:
                if let id = stop.visit {
                    report(.malformedStop, visit: id, "stop \(position) is a break stop that names a visit")
                }
                if timed {
                    checkBreak(stop, position: position, walk: &walk, report: report)
                    walk.ready = stop.end
                }
            }
        }
        if !technician.openEnd {
            let home = technician.end ?? technician.start
            let leg = travelLeg(from: walk.location, to: home, technician: technician, visit: nil, report: report)
            walk.distance += leg.distance
            walk.travelMinutes += leg.minutes
            walk.ready += leg.minutes
        }
        var overtime = 0.0
        if timed {
            overtime = checkShift(route, technician: technician, walk: walk, report: report)
        }
        if let maxVisits = technician.maxVisits, walk.visitCount > maxVisits {
            report(.maxVisitsExceeded, "the route serves \(walk.visitCount) visits, more than the maximum \(maxVisits)")
        }
        if let capacity = technician.capacity,
           walk.demand > capacity + Self.relativeTolerance * max(1, abs(capacity)) {
            report(.capacityExceeded,
                   "the route needs \(Self.text(walk.demand)) parts, more than the capacity \(Self.text(capacity))")
        }

        if let stated = route.summary {
            checkRouteSummary(stated, visits: walk.visitCount, distance: walk.distance,
                              travelTime: walk.travelMinutes, overtime: overtime, report: report)
        }
        let hours = timed ? (route.end - route.start) / 60 : 0
        costs.distance += walk.distance
        costs.travelTime += walk.travelMinutes
        costs.overtime += overtime
        costs.overtimeCost += weights.overtime * overtime / 60 * technician.overtimeCostPerHour
        costs.travelTimeCost += weights.travelTime * walk.travelMinutes
        costs.distanceCost += weights.distance * walk.distance
        costs.technicianCost += weights.technicianCost
            * (technician.costPerKm * walk.distance + technician.costPerHour * hours + technician.fixedCost)
        costs.routeCost += weights.route
    }

    /// A route's stated totals against the walk's recomputation.
    private func checkRouteSummary(
        _ stated: RouteSummary, visits: Int, distance: Double, travelTime: Double, overtime: Double,
        report: (ViolationCode, String?, String) -> Void
    ) {
        if stated.visits != visits {
            report(.summaryMismatch, nil, "route summary visits is \(stated.visits) but the route serves \(visits)")
        }
        for (field, value, recomputed) in [
            ("distance", stated.distance, distance), ("travelTime", stated.travelTime, travelTime),
            ("overtime", stated.overtime, overtime),
        ] where abs(value - recomputed) > Self.relativeTolerance * max(1, abs(recomputed)) || !value.isFinite {
            report(.summaryMismatch, nil,
                   "route summary \(field) is \(Self.text(value)) but the recomputed value is \(Self.text(recomputed))")
        }
    }

    /// Whether every time of the route is finite.
    private func timesAreFinite(_ route: Route) -> Bool {
        route.start.isFinite && route.end.isFinite
            && route.stops.allSatisfy { $0.arrival.isFinite && $0.start.isFinite && $0.end.isFinite }
    }

    /// The technician's break rules in minutes, ordered by earliest start (stable).
    private func breakRules(of technician: Technician) -> [BreakWindow] {
        technician.breaks.enumerated().map { index, rule in
            BreakWindow(index: index, duration: rule.duration, earliestStart: minutes(rule.earliestStart),
                        latestStart: minutes(rule.latestStart))
        }.sorted { ($0.earliestStart, $0.index) < ($1.earliestStart, $1.index) }
    }

    /// Distance and travel minutes (speed factor applied) of one leg; zero, reported, when the
    /// travel model cannot measure it.
    private func travelLeg(
        from a: Location, to b: Location, technician: Technician, visit: String?,
        report: (ViolationCode, String?, String) -> Void
    ) -> (distance: Double, minutes: Double) {
        guard let distance = travel.distance(from: a, to: b), let base = travel.minutes(from: a, to: b),
              distance.isFinite, base.isFinite
        else {
            report(.unroutableLocation, visit,
                   "the \(scenario.travel.kind.rawValue) travel model cannot measure the leg from \(a) to \(b)")
            return (0, 0)
        }
        return (distance, base / technician.speedFactor)
    }

    /// Skills, levels, exclusions and pins of a visit against its technician.
    private func checkQualification(
        of technician: Technician, for visit: Visit, report: (ViolationCode, String?, String) -> Void
    ) {
        for (skill, level) in visit.skills.sorted(by: { $0.key < $1.key }) {
            guard let has = technician.skills[skill] else {
                report(.skillMissing, visit.id, "the visit needs \(skill) level \(level); the technician lacks \(skill)")
                continue
            }
            if has < level {
                report(.skillLevelTooLow, visit.id, "the visit needs \(skill) level \(level); the technician has \(has)")
            }
        }
        if visit.excludedTechnicians.contains(technician.id) {
            report(.excludedTechnician, visit.id, "the technician is excluded from the visit")
        }
        if let pinned = visit.pinnedTechnician, pinned != technician.id {
            report(.pinnedTechnician, visit.id, "the visit is pinned to technician \(pinned)")
        }
    }

    /// Arrival, start, windows, SLA, pinned start and end of a visit stop; adds soft lateness.
    private func checkVisitTiming(
        _ stop: Stop, visit: Visit, technician: Technician, earliestArrival: Double,
        costs: inout RecomputedCosts, report: (ViolationCode, String?, String) -> Void
    ) {
        let id = visit.id, t = Self.text
        if !Self.atLeast(stop.arrival, earliestArrival) {
            report(.arrivalTooEarly, id,
                   "arrival \(t(stop.arrival)) is before the earliest possible \(t(earliestArrival))")
        }
        if !Self.atLeast(stop.start, stop.arrival) {
            report(.startBeforeArrival, id, "start \(t(stop.start)) is before arrival \(t(stop.arrival))")
        }
        if !visit.timeWindows.isEmpty {
            let fits = visit.timeWindows.contains {
                Self.atLeast(stop.start, minutes($0.start)) && Self.atLeast(minutes($0.end), stop.start)
            }
            if !fits {
                let windows = visit.timeWindows.map { "[\(t(minutes($0.start))), \(t(minutes($0.end)))]" }
                report(.outsideTimeWindow, id,
                       "start \(t(stop.start)) is outside the windows \(windows.joined(separator: ", "))")
            }
        }
        if let sla = visit.sla {
            let deadline = minutes(sla.deadline)
            if sla.hard {
                if !Self.atLeast(deadline, stop.start) {
                    report(.hardDeadlineMissed, id, "start \(t(stop.start)) is after the hard deadline \(t(deadline))")
                }
            } else {
                let late = max(0, stop.start - deadline)
                costs.lateness += late
                costs.latenessCost += weights.lateness * late * sla.penaltyPerMinute
            }
        }
        if let pinnedStart = visit.pinnedStart {
            let pinned = minutes(pinnedStart)
            if !Self.same(stop.start, pinned) {
                report(.pinnedStartMissed, id, "start \(t(stop.start)) is not the pinned start \(t(pinned))")
            }
        }
        let expectedEnd = stop.start + visit.duration * technician.workDurationFactor
        if !Self.same(stop.end, expectedEnd) {
            report(.wrongDuration, id, "end \(t(stop.end)) is not start plus duration, \(t(expectedEnd))")
        }
    }

    /// A break stop: taken where the technician is, inside the window of an unused break rule.
    private func checkBreak(
        _ stop: Stop, position: Int, walk: inout RouteWalk, report: (ViolationCode, String?, String) -> Void
    ) {
        let t = Self.text
        if !Self.atLeast(stop.arrival, walk.ready) {
            report(.arrivalTooEarly, nil,
                   "break at stop \(position) begins at \(t(stop.arrival)), before the technician is free at \(t(walk.ready))")
        }
        if !Self.atLeast(stop.start, max(walk.ready, stop.arrival)) {
            report(.startBeforeArrival, nil,
                   "break at stop \(position) starts at \(t(stop.start)), before \(t(max(walk.ready, stop.arrival)))")
        }
        let unused = walk.rules.indices.filter { !walk.ruleUsed[$0] }
        let fitting = unused.first {
            Self.atLeast(stop.start, walk.rules[$0].earliestStart) && Self.atLeast(walk.rules[$0].latestStart, stop.start)
        }
        guard let chosen = fitting ?? unused.first else {
            report(.extraBreak, nil,
                   "break at stop \(position) is beyond the technician's \(walk.rules.count) break rule(s)")
            return
        }
        walk.ruleUsed[chosen] = true
        let rule = walk.rules[chosen]
        if fitting == nil {
            report(.breakOutsideWindow, nil,
                   "break at stop \(position) starts at \(t(stop.start)), outside "
                       + "[\(t(rule.earliestStart)), \(t(rule.latestStart))] of break \(rule.index)")
        }
        if !Self.same(stop.end, stop.start + rule.duration) {
            report(.wrongDuration, nil,
                   "break at stop \(position) ends at \(t(stop.end)), not start plus \(t(rule.duration))")
        }
    }

    /// Departure, return, overtime, working time and owed breaks; returns the overtime minutes.
    private func checkShift(
        _ route: Route, technician: Technician, walk: RouteWalk, report: (ViolationCode, String?, String) -> Void
    ) -> Double {
        let t = Self.text
        let shiftStart = minutes(technician.shift.start), shiftEnd = minutes(technician.shift.end)
        if !Self.atLeast(route.start, shiftStart) {
            report(.startBeforeShift, nil, "the route departs at \(t(route.start)), before the shift starts at \(t(shiftStart))")
        }
        if !Self.atLeast(route.end, walk.ready) {
            report(.returnTooEarly, nil, "the route ends at \(t(route.end)), before the earliest possible \(t(walk.ready))")
        }
        let latest = shiftEnd + technician.allowedOvertime
        if !Self.atLeast(latest, route.end) {
            report(.overtimeExceeded, nil,
                   "the route ends at \(t(route.end)), after the shift end plus allowed overtime \(t(latest))")
        }
        if let maxWorkingTime = technician.maxWorkingTime, !Self.atLeast(maxWorkingTime, route.end - route.start) {
            report(.maxWorkingTimeExceeded, nil,
                   "the route lasts \(t(route.end - route.start)) minutes, more than the maximum \(t(maxWorkingTime))")
        }
        for (index, rule) in walk.rules.enumerated()
        where !walk.ruleUsed[index] && rule.earliestStart < route.end - Self.timeTolerance {
            report(.breakMissing, nil,
                   "break \(rule.index) (from \(t(rule.earliestStart))) is owed but not taken")
        }
        return max(0, route.end - shiftEnd)
    }
}
