import ArgumentParser
import FieldPlan
import FieldPlanBench
import Foundation

/// `fieldplan bench`: runs strategies on sets of scenarios, validates every plan and writes
/// `runs.csv`, `summary.md` and `report.html`.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark strategies on sets of scenarios and write a CSV, a summary and a report.",
        discussion: """
            Every instance runs once per strategy and seed; every plan is checked by the validator \
            and its gap measured against the best-known value of a bks.csv beside the instance. \
            Writes runs.csv, summary.md and report.html (and comparison.txt with --compare) into \
            --out and prints the summary on standard output; a progress bar goes to standard \
            error. Ctrl-C stops the runs in progress and writes the runs that had finished. \
            Exit status: 0 every plan valid, 1 a plan was invalid, 2 bad input, 130 interrupted.
            """)

    /// Folders, files or glob patterns of scenarios.
    @Argument(help: ArgumentHelp(
        "Scenario folders, files or glob patterns (quote globs: 'Scenarios/solomon/C1*.txt').",
        valueName: "sets"))
    var sets: [String]

    /// Strategy names, comma-separated.
    @Option(help: "Comma-separated strategy names (see `fieldplan strategies`).")
    var strategies = "regret,lns"

    /// Time limit per run in seconds.
    @Option(name: .customLong("time-limit"), help: """
        Seconds per run (default 10, or none when --iterations is given).
        """)
    var timeLimit: Double?

    /// Iteration limit per run.
    @Option(help: "Iteration limit per run; without --time-limit, runs are reproducible.")
    var iterations: Int?

    /// Seeds, comma-separated.
    @Option(help: "Comma-separated seeds; every instance runs once per strategy and seed.")
    var seeds = "1,2,3"

    /// Runs at once.
    @Option(help: "Runs at once (keep at or below the number of cores).")
    var jobs = 1

    /// Search threads per run.
    @Option(help: "Parallel searches per run (1 is reproducible).")
    var threads = 1

    /// The distance convention runs are solved in.
    @Option(help: "Distance rounding: dimacs (as Solomon best-knowns) or exact. Gaps are always DIMACS.")
    var distance: DistanceConvention = .dimacs

    /// Overrides every scenario's objective kind.
    @Option(help: "Objective: weighted, distance or vehicles-then-distance (default: each scenario's).")
    var objective: ObjectiveSettings.Kind?

    /// The output folder.
    @Option(help: "Folder for runs.csv, summary.md and report.html (created when missing).")
    var out: String

    /// An earlier runs CSV to compare with.
    @Option(help: ArgumentHelp("An earlier runs.csv to compare with, per family and strategy.", valueName: "runs.csv"))
    var compare: String?

    /// No progress bar.
    @Flag(name: [.short, .long], help: "Show no progress bar.")
    var quiet = false

    /// The strategy names, in the order given, each once.
    var strategyNames: [String] {
        var seen: Set<String> = []
        return strategies.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The seeds, in the order given, or `nil` when one is not a non-negative integer.
    var seedValues: [UInt64]? {
        var values: [UInt64] = []
        for text in seeds.split(separator: ",", omittingEmptySubsequences: false) {
            guard let seed = UInt64(text.trimmingCharacters(in: .whitespaces)) else { return nil }
            if !values.contains(seed) { values.append(seed) }
        }
        return values
    }

    /// What to run: the time limit is 10 s unless only an iteration limit is given.
    var benchmarkConfiguration: BenchmarkConfiguration {
        BenchmarkConfiguration(
            strategies: strategyNames, seeds: seedValues ?? [], timeLimit: timeLimit ?? (iterations == nil ? 10 : nil),
            iterations: iterations, convention: distance, objectiveKind: objective, jobs: jobs,
            threadsPerRun: threads)
    }

    mutating func validate() throws {
        if strategyNames.isEmpty { throw ValidationError("--strategies names no strategy") }
        guard let seedValues, !seedValues.isEmpty else {
            throw ValidationError("--seeds must be comma-separated non-negative integers, e.g. 1,2,3")
        }
        if let timeLimit, !(timeLimit > 0 && timeLimit.isFinite) {
            throw ValidationError("--time-limit must be positive")
        }
        if let iterations, iterations < 1 { throw ValidationError("--iterations must be at least 1") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    mutating func run() async throws {
        let configuration = benchmarkConfiguration
        let planner = Planner()
        if let problem = configuration.problem {
            throw Diagnostics.badInput(BenchmarkError.invalidConfiguration(problem).description)
        }
        if let unknown = configuration.strategies.first(where: { planner.registry.strategy(named: $0) == nil }) {
            throw Diagnostics.badInput(
                BenchmarkError.unknownStrategy(unknown, available: planner.registry.names).description)
        }
        let set: BenchmarkSet
        let previous: [RunRecord]?
        do {
            set = try BenchmarkSet.load(sets)
            previous = try compare.map { path throws(BenchmarkError) in try RunsCSV.read(contentsOf: path) }
        } catch {
            throw Diagnostics.badInput(error.description)
        }
        if set.instances.isEmpty { throw Diagnostics.badInput("no scenario files to run") }
        try Self.prepareFolder(out)

        let total = set.instances.count * configuration.strategies.count * configuration.seeds.count
        if !quiet { Console.error(Self.plan(configuration, instances: set.instances.count, runs: total)) }
        let (records, interrupted) = try await Self.runAll(
            set, runner: BenchmarkRunner(configuration: configuration, planner: planner), total: total, quiet: quiet)

        let comparison = previous.map { BenchmarkComparison(old: $0, new: records) }
        let written: [String]
        do {
            written = try BenchmarkRunner.writeOutputs(records, to: out, comparison: comparison)
        } catch {
            throw Diagnostics.badInput(error.description)
        }
        let summary = FileManager.default.contents(atPath: (out as NSString).appendingPathComponent("summary.md"))
        Console.write(summary.map { String(decoding: $0, as: UTF8.self) } ?? SummaryMarkdown.render(records),
                      to: .standardOutput)
        Console.error("wrote " + written.joined(separator: ", "))

        if interrupted {
            Console.error("interrupted: \(records.count) of \(total) runs finished and were written")
            throw ExitCode(130)
        }
        let invalid = records.filter { !$0.valid }.count
        if invalid > 0 {
            Console.error("\(invalid) run\(invalid == 1 ? "" : "s") rejected by the validator (see summary.md)")
            throw ExitCode(ExitStatus.incomplete.rawValue)
        }
    }

    /// Runs the benchmark in a task that Ctrl-C cancels, with a progress bar on standard error;
    /// returns the runs that finished and whether Ctrl-C stopped the benchmark.
    private static func runAll(
        _ set: BenchmarkSet, runner: BenchmarkRunner, total: Int, quiet: Bool
    ) async throws -> (records: [RunRecord], interrupted: Bool) {
        let bar = BenchmarkProgressBar(enabled: !quiet, isTerminal: Console.standardErrorIsTerminal)
        let finished = FinishedRuns()
        bar.start(total: total)
        let benchmark = Task {
            try await runner.run(set) { progress in
                let kept = finished.record(progress)
                bar.show(progress, stopped: !kept)
            }
        }
        let interrupts = StopSignals(
            message: "\ninterrupted: stopping the runs in progress, writing the finished ones (Ctrl-C again to quit)"
        ) {
            finished.interrupt()
            benchmark.cancel()
        }
        defer {
            interrupts.remove()
            bar.finish()
        }
        do {
            let records = try await benchmark.value
            return (finished.kept(records), finished.wasInterrupted)
        } catch let error as BenchmarkError {
            throw Diagnostics.badInput(error.description)
        }
    }

    /// Creates the output folder and checks that it can be written, before any run starts.
    private static func prepareFolder(_ path: String) throws {
        let manager = FileManager.default
        var ancestor = URL(fileURLWithPath: path).standardizedFileURL
        while ancestor.path != "/" {
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: ancestor.path, isDirectory: &isFolder) {
                guard isFolder.boolValue else {
                    throw Diagnostics.badInput("cannot create the output folder \(path): \(ancestor.path) is a file")
                }
                break
            }
            ancestor.deleteLastPathComponent()
        }
        do {
            try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Diagnostics.badInput("cannot create the output folder \(path): \(error.localizedDescription)")
        }
        guard manager.isWritableFile(atPath: path) else {
            throw Diagnostics.badInput("cannot write into the output folder \(path)")
        }
    }

    /// One line saying what is about to run.
    private static func plan(_ configuration: BenchmarkConfiguration, instances: Int, runs: Int) -> String {
        var limits: [String] = []
        if let timeLimit = configuration.timeLimit { limits.append(String(format: "%g s", timeLimit)) }
        if let iterations = configuration.iterations {
            limits.append("\(iterations) iteration\(iterations == 1 ? "" : "s")")
        }
        return "bench: \(instances) instance\(instances == 1 ? "" : "s") × "
            + "\(configuration.strategies.count) strateg\(configuration.strategies.count == 1 ? "y" : "ies") × "
            + "\(configuration.seeds.count) seed\(configuration.seeds.count == 1 ? "" : "s") = \(runs) runs, "
            + limits.joined(separator: " or ") + " per run, \(configuration.jobs) at a time, "
            + "\(configuration.convention.rawValue) distances"
    }
}
