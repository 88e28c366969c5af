import ArgumentParser
import FieldPlan

/// Search settings given on the command line over a planning configuration's: the options `plan`
/// and `replan` share.
struct SearchOverrides: ParsableArguments {
    /// Time limit override.
    @Option(name: .customLong("time-limit"), help: "Stop searching after this many seconds.")
    var timeLimit: Double?

    /// Iteration limit override.
    @Option(help: "Stop after this many iterations (reproducible with --seed).")
    var iterations: Int?

    /// Seed override.
    @Option(help: "Seed of every random choice.")
    var seed: UInt64?

    /// Threads override.
    @Option(help: "Parallel searches; the default uses every core.")
    var threads: Int?

    /// No progress display.
    @Flag(name: [.short, .long], help: "Print no progress while planning.")
    var quiet = false

    mutating func validate() throws {
        if let timeLimit, !(timeLimit > 0 && timeLimit.isFinite) { throw ValidationError("--time-limit must be positive") }
        if let iterations, iterations < 1 { throw ValidationError("--iterations must be at least 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    /// `search` with every given option in place of the configuration's.
    func applied(to search: PlanningConfig.Search) -> PlanningConfig.Search {
        var search = search
        if let timeLimit { search.timeLimit = timeLimit }
        if let iterations { search.iterations = iterations }
        if let seed { search.seed = seed }
        if let threads { search.threads = threads }
        return search
    }
}
