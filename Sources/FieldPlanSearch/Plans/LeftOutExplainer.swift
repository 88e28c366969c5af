import FieldPlanModel

/// Says why a visit is left out, in facts a dispatcher can check: from the scenario alone when it
/// can never be served (skills, exclusions, capacity, deadline, windows against shifts), else from
/// the final plan (each technician's cheapest real insertion against the visit's penalty).
struct LeftOutExplainer {
    let problem: Problem
    private let text: ExplanationText
    private let finder: InsertionOptionFinder

    init(problem: Problem) {
        self.problem = problem
        self.text = ExplanationText(problem: problem)
        self.finder = InsertionOptionFinder(problem: problem)
    }

    /// The left-out entry of `v` in `solution`: reasons (most fundamental first), penalty and
    /// each technician's option.
    func leftOut(_ v: Int, in solution: inout Solution) -> LeftOutVisit {
        let options = finder.options(for: v, in: &solution)
        return LeftOutVisit(
            visit: problem.scenario.visits[v].id, reasons: reasons(for: v, options: options, in: solution),
            penalty: problem.unassignedPenalty[v], options: options)
    }

    /// The left-out entry of `v` when there was no time left to compute the technicians'
    /// options: a reason from the scenario alone when one holds, otherwise a `not-analysed`
    /// reason that says the options were not computed in time; `options` is empty.
    func leftOutWithoutOptions(_ v: Int, in solution: Solution) -> LeftOutVisit {
        let reason = scenarioReason(for: v, in: solution)
            ?? LeftOutReason(.notAnalysed, Self.notComputedInTime)
        return LeftOutVisit(
            visit: problem.scenario.visits[v].id, reasons: [reason], penalty: problem.unassignedPenalty[v], options: [])
    }

    /// The message of a left-out visit whose options were not computed before the time limit.
    static let notComputedInTime = "the search did not fit it in; who could take it, and at what cost, was not "
        + "computed in time (the time limit was reached): `fieldplan explain PLAN VISIT` computes it"

    /// The reasons for leaving `v` out, given the technicians' options.
    func reasons(for v: Int, options: [InsertionOption], in solution: Solution) -> [LeftOutReason] {
        if let reason = scenarioReason(for: v, in: solution) { return [reason] }
        return optionReasons(for: v, options: options)
    }

    /// A reason that holds whatever the routes: skills, exclusions and pins, capacity, windows
    /// against shifts and deadlines, a follow-up predecessor left out; `nil` when none does.
    private func scenarioReason(for v: Int, in solution: Solution) -> LeftOutReason? {
        let p = problem
        let visit = p.scenario.visits[v]
        let all = Array(0..<p.technicianCount)
        if let reason = skillReason(v) { return reason }
        let qualified = all.filter { t in
            visit.skills.allSatisfy { (p.scenario.technicians[t].skills[$0.key] ?? Int.min) >= $0.value }
        }
        let allowed = qualified.filter { t in
            let id = p.scenario.technicians[t].id
            return !visit.excludedTechnicians.contains(id) && (visit.pinnedTechnician ?? id) == id
        }
        guard !allowed.isEmpty else {
            let names = qualified.map(text.technician).joined(separator: ", ")
            let pin = visit.pinnedTechnician.map { "; it is pinned to \($0)" } ?? ""
            return LeftOutReason(.noAllowedTechnician,
                                 "the qualified technicians (\(names)) are excluded from it or not the pinned one\(pin)")
        }
        let carrying = allowed.filter { p.capacity[$0] + 1e-9 >= p.demand[v] }
        guard !carrying.isEmpty else {
            let most = allowed.map { p.capacity[$0] }.max() ?? 0
            return LeftOutReason(.capacity,
                                 "capacity: it needs \(InsertionOptionFinder.figure(p.demand[v])) parts, and the "
                                 + "allowed technicians carry at most \(InsertionOptionFinder.figure(most))")
        }
        if let reason = timeReason(v, technicians: carrying) { return reason }
        let pred = p.predecessor[v]
        if pred >= 0 && solution.routeOf[pred] < 0 {
            let id = p.scenario.visits[pred].id
            return LeftOutReason(.followUpUnsatisfiable, "it follows visit \(id), which is left out")
        }
        return nil
    }

    /// The reason read from the technicians' options: the cheapest costs more than the penalty,
    /// or no route has room.
    private func optionReasons(for v: Int, options: [InsertionOption]) -> [LeftOutReason] {
        let p = problem
        let pred = p.predecessor[v]
        let feasible = options.filter { $0.isFeasible && $0.extraCost != nil }
        guard let cheapest = feasible.min(by: { ($0.extraCost ?? .infinity) < ($1.extraCost ?? .infinity) }),
              let extra = cheapest.extraCost
        else {
            let full = options.filter { $0.obstacle?.hasPrefix("no room") == true || $0.obstacle?.hasPrefix("already") == true }
            if full.isEmpty, pred >= 0 {
                return [LeftOutReason(.followUpUnsatisfiable,
                                      "it cannot follow visit \(p.scenario.visits[pred].id) in time in this plan")]
            }
            let names = full.map(\.technician).joined(separator: ", ")
            return [LeftOutReason(.noRoom,
                                  "no route has room for it: the days of \(names) are full at every position "
                                  + "(time windows, breaks, shift ends, visit counts or parts)")]
        }
        let penalty = p.unassignedPenalty[v]
        let figures = Self.figures(cheapest, text: text)
        if extra >= penalty {
            return [LeftOutReason(.notWorthIt,
                                  "\(cheapest.technician) could take it (\(figures)) at an extra cost of "
                                  + "\(ExplanationText.amount(extra)), more than its penalty \(ExplanationText.amount(penalty))")]
        }
        return [LeftOutReason(.noRoom,
                              "the search did not fit it in, yet \(cheapest.technician) could take it (\(figures)) at an "
                              + "extra cost of \(ExplanationText.amount(extra)), less than its penalty "
                              + "\(ExplanationText.amount(penalty)); a longer search may serve it")]
    }

    /// Extra travel, distance and overtime of an option, e.g. `+25 min travel, +12.3 km, +10 min overtime`.
    static func figures(_ option: InsertionOption, text: ExplanationText) -> String {
        var parts: [String] = []
        if let start = option.start { parts.append("start \(text.clock.text(start))") }
        if let travel = option.extraTravelMinutes { parts.append("+" + ClockText.duration(travel) + " travel") }
        if let distance = option.extraDistance { parts.append("+" + text.distance(distance)) }
        if let overtime = option.extraOvertime, overtime > 0.5 {
            parts.append("+" + ClockText.duration(overtime) + " overtime")
        }
        return parts.joined(separator: ", ")
    }

    /// "no technician has skill gas level 2", when some required skill level is nobody's.
    private func skillReason(_ v: Int) -> LeftOutReason? {
        let visit = problem.scenario.visits[v]
        let technicians = problem.scenario.technicians
        var missing: [String] = []
        for (skill, level) in visit.skills.sorted(by: { $0.key < $1.key }) {
            guard !technicians.contains(where: { ($0.skills[skill] ?? Int.min) >= level }) else { continue }
            let holders = technicians.compactMap { t in t.skills[skill].map { (t.id, $0) } }
            if let best = holders.max(by: { $0.1 < $1.1 }) {
                missing.append("no technician has skill \(skill) level \(level) (the highest is level \(best.1), \(best.0))")
            } else {
                missing.append("no technician has skill \(skill) level \(level)")
            }
        }
        if !missing.isEmpty { return LeftOutReason(.noQualifiedTechnician, missing.joined(separator: "; ")) }
        let qualified = technicians.contains { t in visit.skills.allSatisfy { (t.skills[$0.key] ?? Int.min) >= $0.value } }
        guard !qualified else { return nil }
        let needs = visit.skills.sorted { $0.key < $1.key }.map { "\($0.key) level \($0.value)" }
        return LeftOutReason(.noQualifiedTechnician,
                             "no technician has all the required skills (\(needs.joined(separator: ", ")))")
    }

    /// Deadline or windows against the shifts of the technicians who may serve it; `nil` when
    /// some technician can reach a window from home.
    private func timeReason(_ v: Int, technicians: [Int]) -> LeftOutReason? {
        let p = problem
        let first = p.windowOffsets[v], last = p.windowOffsets[v + 1]
        guard technicians.contains(where: { finder.reachObstacle(v, technician: $0) == nil }) else {
            let visit = p.scenario.visits[v]
            let earliestShift = technicians.map { p.shiftStart[$0] }.min() ?? 0
            let latestEnd = technicians.map { p.latestEnd[$0] }.max() ?? 0
            if let sla = visit.sla, sla.hard {
                let deadline = text.clock.text(text.clock.minutes(sla.deadline))
                if Problem.minutes(earliestShift) > text.clock.minutes(sla.deadline) {
                    return LeftOutReason(.deadlineUnreachable,
                                         "no technician works before the deadline \(deadline) "
                                         + "(the earliest shift starts \(text.time(earliestShift)))")
                }
            }
            guard first < last else {
                return LeftOutReason(.noWindowInShift, "its time windows, deadline and pinned start leave no start time")
            }
            let windowEnd = (first..<last).map { p.windowEnds[$0] }.max() ?? 0
            let windowStart = (first..<last).map { p.windowStarts[$0] }.min() ?? 0
            let windows = text.windows(of: v)
            let noun = last - first == 1 ? "time window \(windows) ends" : "time windows \(windows) end"
            if windowEnd < earliestShift {
                return LeftOutReason(.noWindowInShift,
                                     "\(noun) before any shift starts (the earliest at \(text.time(earliestShift)))")
            }
            if windowStart > latestEnd {
                let starts = last - first == 1 ? "time window \(windows) starts" : "time windows \(windows) start"
                return LeftOutReason(.noWindowInShift,
                                     "\(starts) after every shift ends (the latest at \(text.time(latestEnd)), overtime included)")
            }
            let best = technicians.min {
                p.shiftStart[$0] + p.travel($0, p.startNode($0), v) < p.shiftStart[$1] + p.travel($1, p.startNode($1), v)
            } ?? technicians[0]
            let detail = finder.reachObstacle(v, technician: best) ?? ""
            if let sla = p.scenario.visits[v].sla, sla.hard {
                let deadline = text.clock.text(text.clock.minutes(sla.deadline))
                return LeftOutReason(.deadlineUnreachable,
                                     "the deadline \(deadline) cannot be met even going straight from home: "
                                     + "\(text.technician(best)) \(detail)")
            }
            return LeftOutReason(.noWindowInShift,
                                 "no technician can reach it in time from home; the quickest, "
                                 + "\(text.technician(best)), \(detail)")
        }
        return nil
    }
}
