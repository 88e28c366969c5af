import FieldPlanModel

/// Says, for each visit served after its soft SLA deadline, by how much and why it could not start
/// earlier with its technician: the shift start plus travel from home, or the previous visit's
/// end (and any break) plus travel, or the opening of its time window.
struct LateVisitExplainer {
    let problem: Problem
    private let text: ExplanationText

    init(problem: Problem) {
        self.problem = problem
        self.text = ExplanationText(problem: problem)
    }

    /// The late visits of route `t` of `solution`.
    func lateVisits(technician t: Int, in solution: Solution) -> [LateVisit] {
        let p = problem
        let route = solution.routes[t]
        var late: [LateVisit] = []
        var breakIndex = 0
        for (i, v) in route.visits.enumerated() {
            let start = route.start[i]
            let deadlineMinutes = p.softDeadlineMinutes[v]
            let previousEnd = i == 0 ? p.shiftStart[t] : route.end[i - 1]
            let previousBreaks = i == 0 ? 0 : route.breaksAfter[i - 1]
            var breakEnd: Int?
            while breakIndex < route.breaksAfter[i] {
                if breakIndex >= previousBreaks, breakIndex < route.breakStarts.count {
                    breakEnd = route.breakStarts[breakIndex] + p.breaks[t][breakIndex].duration
                }
                breakIndex += 1
            }
            guard deadlineMinutes.isFinite, Problem.minutes(start) > deadlineMinutes + 1e-6 else { continue }
            let from = i == 0 ? p.startNode(t) : route.visits[i - 1]
            let travel = p.travel(t, from, v)
            let ready = max(previousEnd, breakEnd ?? previousEnd)
            let earliestArrival = ready + travel
            let windowOpen = (p.windowOffsets[v]..<p.windowOffsets[v + 1])
                .first { p.windowEnds[$0] >= earliestArrival }
                .map { p.windowStarts[$0] } ?? earliestArrival
            let earliest = max(earliestArrival, windowOpen)
            var cause: String
            if i == 0 {
                cause = "\(text.technician(t))'s shift starts \(text.time(p.shiftStart[t])) and the trip from home "
                    + "takes \(text.duration(travel))"
            } else {
                cause = "the previous visit \(p.scenario.visits[route.visits[i - 1]].id) ends "
                    + "\(text.time(previousEnd)) and the trip takes \(text.duration(travel))"
            }
            if let breakEnd, breakEnd > previousEnd {
                cause += ", after a break ending \(text.time(breakEnd))"
            }
            if windowOpen > earliestArrival {
                cause += "; its time window opens \(text.time(windowOpen))"
            }
            let minutesLate = Problem.minutes(start) - deadlineMinutes
            let deadline = text.clock.text(deadlineMinutes)
            var reason = "\(ClockText.duration(minutesLate)) late for the deadline \(deadline): \(cause), "
                + "so it cannot start before \(text.time(earliest))"
            if start > earliest {
                reason += " (it starts \(text.time(start)), after waiting for a break or a later visit's window)"
            }
            late.append(LateVisit(
                visit: p.scenario.visits[v].id, technician: text.technician(t), deadline: deadlineMinutes,
                start: Problem.minutes(start), minutesLate: minutesLate, earliestStart: Problem.minutes(earliest),
                reason: reason))
        }
        return late
    }
}
