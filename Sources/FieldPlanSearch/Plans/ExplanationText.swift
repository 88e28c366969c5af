import FieldPlanModel

/// Wording shared by the explainers: clock times, windows, technicians, figures.
struct ExplanationText {
    let problem: Problem
    let clock: ClockText

    init(problem: Problem) {
        self.problem = problem
        self.clock = ClockText(resolver: problem.time)
    }

    /// A tick time as `HH:MM`.
    func time(_ ticks: Int) -> String { clock.text(Problem.minutes(ticks)) }

    /// A duration in ticks as `N min`.
    func duration(_ ticks: Int) -> String { ClockText.duration(Problem.minutes(ticks)) }

    /// Window w of the problem as `07:00–07:30`, open ends shown as such.
    func window(_ w: Int) -> String {
        let start = problem.windowStarts[w], end = problem.windowEnds[w]
        let open = Problem.farFuture / 2
        let from = start <= -open ? "any time" : time(start)
        let to = end >= open ? "open end" : time(end)
        return "\(from)–\(to)"
    }

    /// The visit's windows, `07:00–07:30, 14:00–15:00`.
    func windows(of v: Int) -> String {
        (problem.windowOffsets[v]..<problem.windowOffsets[v + 1]).map(window).joined(separator: ", ")
    }

    /// A technician's id.
    func technician(_ t: Int) -> String { problem.scenario.technicians[t].id }

    /// A money-like figure with two decimals.
    static func amount(_ value: Double) -> String { String(format: "%.2f", value) }

    /// A distance with one decimal and the scenario's unit.
    func distance(_ value: Double) -> String {
        String(format: "%.1f", value) + (problem.scenario.travel.kind == .geographic ? " km" : "")
    }
}
