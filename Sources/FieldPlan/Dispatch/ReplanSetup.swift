import FieldPlanModel
import FieldPlanValidator
import Foundation

/// The two scenarios of a re-plan at time `now`, and how to join the new plan to the fixed past.
///
/// - ``remainder`` is what is left to plan: each technician starts where they are (the last visit
///   started, or a reported position) when they are free (now, or when the visit in progress ends),
///   with the limits and breaks they have left; visits not yet started (minus cancellations, plus
///   new visits), each preferring the technician it was given with a bonus of `movePenalty`, so
///   moving it costs that much.
/// - ``merged`` is the whole day as re-planned: the original technicians and visits, cancelled
///   visits removed and new ones added, every started visit pinned to its technician and start.
///   The joined plan answers it and passes the validator.
public struct ReplanSetup: Sendable {
    /// What is left to plan.
    public let remainder: Scenario
    /// The whole day as re-planned.
    public let merged: Scenario
    /// Stops started before `now` (done or in progress), by technician.
    public let fixed: [String: [Stop]]
    /// The departure time of each technician whose route has fixed stops.
    public let fixedRouteStart: [String: Double]
    /// Visits left out before planning, with their reasons (a follow-up whose technician is sick).
    public let leftOut: [LeftOutVisit]
    /// The original assignment of each visit, by visit id.
    public let originalTechnician: [String: String]
    /// Re-planning time, minutes since the plan's origin.
    public let now: Double

    /// Prepares a re-plan.
    /// - Throws: ``ScenarioError`` (file `events`) when an event names an unknown visit or technician.
    public init(scenario: Scenario, plan: Plan, now: Double, events: ReplanEvents, movePenalty: Double) throws(ScenarioError) {
        self.now = now
        let resolver = TimeResolver(date: scenario.date, timeZone: scenario.timeZone) ?? TimeResolver(date: nil, timeZone: nil)!
        let visitIDs = Set(scenario.visits.map(\.id)), technicianIDs = Set(scenario.technicians.map(\.id))
        var issues: [ScenarioIssue] = []
        for (i, id) in events.cancelled.enumerated() where !visitIDs.contains(id) {
            issues.append(ScenarioIssue(.unknownVisit, at: "cancelled[\(i)]", "no visit \(id) in the plan's scenario"))
        }
        for (i, id) in events.sick.enumerated() where !technicianIDs.contains(id) {
            issues.append(ScenarioIssue(.unknownTechnician, at: "sick[\(i)]", "no technician \(id) in the plan's scenario"))
        }
        for id in events.positions.keys.sorted() where !technicianIDs.contains(id) {
            issues.append(ScenarioIssue(.unknownTechnician, at: "positions.\(id)", "no technician \(id) in the plan's scenario"))
        }
        for (i, visit) in events.newVisits.enumerated() where visitIDs.contains(visit.id) {
            issues.append(ScenarioIssue(.duplicateId, at: "newVisits[\(i)].id", "the scenario already has a visit \(visit.id)"))
        }
        if !issues.isEmpty { throw ScenarioError(issues: issues) }

        var fixed: [String: [Stop]] = [:], original: [String: String] = [:]
        var fixedVisit: [String: (technician: String, stop: Stop)] = [:]
        for route in plan.routes {
            let started = route.stops.prefix { $0.start < now - PlanValidator.timeTolerance }
            if !started.isEmpty { fixed[route.technician] = Array(started) }
            for stop in started { if let id = stop.visit { fixedVisit[id] = (route.technician, stop) } }
            for id in route.visitIDs { original[id] = route.technician }
        }
        self.fixed = fixed
        self.fixedRouteStart = Dictionary(
            plan.routes.filter { fixed[$0.technician] != nil }.map { ($0.technician, $0.start) },
            uniquingKeysWith: { first, _ in first })
        self.originalTechnician = original
        let sick = Set(events.sick)
        let cancelled = Set(events.cancelled).subtracting(fixedVisit.keys)
        let visitsByID = Dictionary(scenario.visits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let routes = Dictionary(plan.routes.map { ($0.technician, $0) }, uniquingKeysWith: { first, _ in first })

        var remainderTechnicians: [Technician] = [], mergedTechnicians: [Technician] = []
        for technician in scenario.technicians {
            let stops = fixed[technician.id] ?? []
            let takenBreaks = stops.filter { $0.kind == .break }.count
            let rules = technician.breaks.sorted { resolver.minutes($0.earliestStart) < resolver.minutes($1.earliestStart) }
            let taken = Array(rules.prefix(takenBreaks)), open = Array(rules.dropFirst(takenBreaks))
            var merged = technician
            if sick.contains(technician.id) {
                merged.breaks = taken
                mergedTechnicians.append(merged)
                continue
            }
            let lastEnd = stops.last?.end ?? -Double.infinity
            let ready = max(now, lastEnd, resolver.minutes(technician.shift.start))
            let clamped = open.map { rule in
                Break(duration: rule.duration, earliestStart: .minutes(max(resolver.minutes(rule.earliestStart), ready)),
                      latestStart: .minutes(max(resolver.minutes(rule.latestStart), ready)))
            }
            merged.breaks = taken + clamped
            mergedTechnicians.append(merged)

            var rest = technician
            rest.breaks = clamped
            rest.shift.start = .minutes(ready)
            rest.shift.end = .minutes(max(resolver.minutes(technician.shift.end), ready))
            if !technician.openEnd { rest.end = technician.end ?? technician.start }
            let lastVisit = stops.last { $0.kind == .visit }?.visit.flatMap { visitsByID[$0] }
            if let lastVisit { rest.start = lastVisit.location }
            if let position = events.positions[technician.id], lastEnd <= now { rest.start = position }
            if !stops.isEmpty, let route = routes[technician.id] {
                rest.fixedCost = 0
                if let limit = technician.maxWorkingTime { rest.maxWorkingTime = max(0, limit - (ready - route.start)) }
                let served = stops.compactMap { $0.visit.flatMap { visitsByID[$0] } }
                if let limit = technician.maxVisits { rest.maxVisits = max(0, limit - served.count) }
                if let capacity = technician.capacity { rest.capacity = max(0, capacity - served.reduce(0) { $0 + $1.demand }) }
            }
            remainderTechnicians.append(rest)
        }

        var remainderVisits: [Visit] = [], mergedVisits: [Visit] = [], leftOut: [LeftOutVisit] = []
        for visit in scenario.visits where !cancelled.contains(visit.id) {
            var merged = visit
            if let pin = merged.pinnedTechnician, sick.contains(pin), fixedVisit[visit.id] == nil { merged.pinnedTechnician = nil }
            if let link = merged.followUp, cancelled.contains(link.after) { merged.followUp = nil }
            if let (technician, stop) = fixedVisit[visit.id] {
                merged.pinnedTechnician = technician
                merged.pinnedStart = .minutes(stop.start)
                merged.excludedTechnicians.removeAll { $0 == technician }
                mergedVisits.append(merged)
                continue
            }
            mergedVisits.append(merged)
            var rest = merged
            rest.preferredTechnicians.removeAll(where: sick.contains)
            rest.excludedTechnicians.removeAll(where: sick.contains)
            if let link = rest.followUp, let (technician, stop) = fixedVisit[link.after] {
                rest.followUp = nil
                if link.sameTechnician {
                    if sick.contains(technician) {
                        leftOut.append(LeftOutVisit(visit: visit.id, reasons: [LeftOutReason(
                            .noAllowedTechnician, "it must be served by \(technician), who is off sick")]))
                        continue
                    }
                    rest.pinnedTechnician = technician
                }
                let earliest = stop.end + link.minGap
                rest.timeWindows = Self.windows(rest.timeWindows, from: earliest, resolver: resolver)
            }
            if let technician = original[visit.id], !sick.contains(technician), movePenalty > 0 {
                let bonus = visit.preferredTechnicians.contains(technician)
                    ? (visit.preferenceBonus ?? scenario.objective.preferenceBonus) : 0
                rest.preferredTechnicians = [technician]
                rest.preferenceBonus = movePenalty + bonus
            }
            remainderVisits.append(rest)
        }
        mergedVisits += events.newVisits
        remainderVisits += events.newVisits

        self.leftOut = leftOut
        var remainder = scenario
        remainder.technicians = remainderTechnicians
        remainder.visits = remainderVisits
        if remainder.objective.preference == 0 { remainder.objective.preference = 1 }
        self.remainder = remainder
        var merged = scenario
        merged.technicians = mergedTechnicians
        merged.visits = mergedVisits
        self.merged = merged
    }

    /// Windows that open no earlier than `earliest` (one window from `earliest` when none was given).
    static func windows(_ windows: [TimeWindow], from earliest: Double, resolver: TimeResolver) -> [TimeWindow] {
        guard !windows.isEmpty else { return [TimeWindow(start: .minutes(earliest), end: .minutes(earliest + 48 * 60))] }
        let kept = windows.compactMap { window -> TimeWindow? in
            let end = resolver.minutes(window.end)
            guard end >= earliest else { return nil }
            return TimeWindow(start: .minutes(max(resolver.minutes(window.start), earliest)), end: .minutes(end))
        }
        return kept.isEmpty ? [TimeWindow(start: .minutes(earliest), end: .minutes(earliest))] : kept
    }
}
