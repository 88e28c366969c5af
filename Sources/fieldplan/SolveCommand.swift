import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan solve`: plans a scenario, validates the plan, writes it and prints a summary.
struct SolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Plan a scenario and write the plan.",
        discussion: """
            Prints a summary per technician on standard output (on standard error when the plan \
            itself goes to standard output with --output -). Ctrl-C stops the search and keeps \
            the best plan found so far.
            """)

    /// The scenario and its format.
    @OptionGroup var input: ScenarioInput

    /// The strategy's name.
    @Option(help: "The planning strategy (see `fieldplan strategies`).")
    var strategy: String = "lns"

    /// Wall-clock limit in seconds.
    @Option(name: .customLong("time-limit"), help: "Stop searching after this many seconds.")
    var timeLimit: Double = 10

    /// Iteration limit.
    @Option(name: .customLong("iterations"), help: "Stop after this many iterations (reproducible with --seed).")
    var iterations: Int?

    /// The seed of every random choice.
    @Option(help: "Seed of every random choice.")
    var seed: UInt64 = 1

    /// Parallel searches.
    @Option(help: "Parallel searches, seeded (seed, index); the default uses every core.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    /// k of regret-k insertion.
    @Option(name: .customLong("regret-k"), help: "k of regret-k insertion.")
    var regretK: Int = 2

    /// Distance convention and objective.
    @OptionGroup var model: ModelOptions

    /// Where the plan goes.
    @Option(name: [.short, .long], help: "Write the plan JSON to this file ('-' for standard output).")
    var output: String?

    /// Whether the plan JSON embeds its scenario.
    @Flag(name: .customLong("embed-scenario"),
          help: "Embed the scenario in the plan JSON, so `fieldplan explain` needs only the plan.")
    var embedScenario = false

    /// Where the HTML day report goes.
    @Option(name: .customLong("report"), help: "Write a self-contained HTML day report to this file.")
    var reportFile: String?

    /// Whether to compute a lower bound and the gap.
    @Flag(name: .customLong("bound"), help: "Add a column-generation lower bound and the gap to the plan (see `fieldplan bound`).")
    var bound = false

    /// Seconds for the lower bound.
    @Option(name: .customLong("bound-time-limit"), help: "Seconds for --bound (default: the --time-limit).")
    var boundTimeLimit: Double?

    /// Where the exact strategies' model goes.
    @Option(name: .customLong("write-model"), help: "Write the mip or slots model as CPLEX LP text to this file.")
    var writeModel: String?

    /// Solver logs.
    @Flag(name: .long, help: "Log the exact solvers' (GLPK's) output on standard error.")
    var verbose = false

    /// No progress display.
    @Flag(name: [.short, .long], help: "Print no progress while planning.")
    var quiet = false

    mutating func validate() throws {
        guard timeLimit > 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be positive") }
        if let iterations, iterations < 0 { throw ValidationError("--iterations must not be negative") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard regretK >= 1 else { throw ValidationError("--regret-k must be at least 1") }
        if let boundTimeLimit, !(boundTimeLimit > 0 && boundTimeLimit.isFinite) {
            throw ValidationError("--bound-time-limit must be positive")
        }
    }

    mutating func run() async throws {
        // The time limit covers the whole command: reading and compiling the scenario too.
        let started = SearchContext.monotonicSeconds()
        let planner = Planner()
        guard planner.registry.strategy(named: strategy) != nil else {
            throw Diagnostics.badInput(PlannerError.unknownStrategy(
                strategy, available: planner.registry.names).description)
        }
        let scenario = try input.read()
        let problem = try input.compile(scenario, convention: model.distance, objectiveKind: model.objective)
        let options = PlanningOptions(
            timeLimit: timeLimit, iterationLimit: iterations, seed: seed, threads: threads, regretK: regretK,
            verbose: verbose)
        if verbose { SolverLog.enable() }
        if let writeModel {
            do {
                try OutputFile.write(Data(ExactModelWriter.lpText(strategy: strategy, problem: problem).utf8), to: writeModel)
            } catch let failure as ExactModelWriter.Failure {
                throw Diagnostics.badInput(failure.description)
            }
        }

        var plan = try await Self.plan(
            problem, planner: planner, strategy: strategy, options: options, startedAt: started, quiet: quiet)
        if bound { plan = try Self.attachingBound(to: plan, problem: problem, timeLimit: boundTimeLimit ?? timeLimit) }
        let report = PlanValidator(scenario: scenario, convention: model.distance, objectiveKind: model.objective)
            .validate(plan)

        let summaryStream: Console.Stream = output == "-" ? .standardError : .standardOutput
        if let output {
            try OutputFile.write(
                PlanWriter.json(plan, scenario: scenario, reference: embedScenario ? .embedded : .none), to: output)
        }
        if let reportFile {
            try OutputFile.write(Data(HTMLDayReport(scenario: scenario, plan: plan).render().utf8), to: reportFile)
        }
        let summary = PlanSummaryReport(
            scenario: scenario, plan: plan, validation: report, convention: model.distance)
        Console.write(summary.render(), to: summaryStream)
        if let output, output != "-" {
            Console.write("plan written to \(output)\n", to: summaryStream)
        }
        if !summary.mandatoryLeftOut.isEmpty || !report.isValid {
            throw ExitCode(ExitStatus.incomplete.rawValue)
        }
    }

    /// Runs the planner in a task that Ctrl-C cancels, with a progress display on standard error.
    private static func plan(
        _ problem: Problem, planner: Planner, strategy: String, options: PlanningOptions, startedAt: Double, quiet: Bool
    ) async throws -> Plan {
        do {
            return try await ProgressRun.run(quiet: quiet) { progress in
                try await planner.plan(
                    problem, strategy: strategy, options: options, startedAt: startedAt, progress: progress)
            }
        } catch let error as PlannerError {
            throw Diagnostics.badInput(error.description)
        }
    }
}
