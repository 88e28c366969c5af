import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan prove`: proves a plan optimal, or bounds its gap, by branch-and-price.
struct ProveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prove",
        abstract: "Prove a plan optimal, or bound how far it is from optimal, by branch-and-price.",
        discussion: """
            Starts from --plan, or from a plan the --strategy finds in --search-time seconds, and \
            searches a branch-and-price tree (column generation at every node, branching on arcs) \
            for the rest of --time-limit. Writes JSON {"bound", "rootBound", "cost", "gap", \
            "optimal", "nodes", "openNodes", "elapsedSeconds", …} in the scenario's objective units; \
            --plan-output writes the best plan, validated, with its bound and gap. Ctrl-C stops \
            and reports what is proved so far. See docs/bounds.md.
            """)

    /// The scenario and its format.
    @OptionGroup var input: ScenarioInput

    /// Distance convention and objective.
    @OptionGroup var model: ModelOptions

    /// A plan to start from.
    @Option(help: "A plan JSON of the scenario to prove (default: plan with --strategy first).")
    var plan: String?

    /// The strategy that finds the plan to start from.
    @Option(help: "The planning strategy that finds the starting plan when --plan is not given.")
    var strategy: String = "lns"

    /// Seconds for the strategy.
    @Option(name: .customLong("search-time"), help: "Seconds for --strategy (default: a tenth of --time-limit, at most 60).")
    var searchTime: Double?

    /// Wall-clock limit in seconds.
    @Option(name: .customLong("time-limit"), help: "Stop after this many seconds in all (what is proved so far counts).")
    var timeLimit: Double = 600

    /// The step plan costs are multiples of.
    @Option(name: .customLong("cost-step"), help: """
        A step every plan's cost is a multiple of, so a node whose bound is within it of the best \
        plan is closed (0.1 for Solomon instances with --distance dimacs; default 0: none).
        """)
    var costStep: Double = 0

    /// The seed of the strategy.
    @Option(help: "Seed of the strategy's random choices.")
    var seed: UInt64 = 1

    /// Where the JSON goes.
    @Option(name: [.short, .long], help: "Write the JSON to this file ('-' for standard output).")
    var output: String = "-"

    /// Where the best plan goes.
    @Option(name: .customLong("plan-output"), help: "Write the best plan JSON, with its bound and gap, to this file.")
    var planOutput: String?

    /// No progress display.
    @Flag(name: [.short, .long], help: "Print no progress.")
    var quiet = false

    mutating func validate() throws {
        guard timeLimit > 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be positive") }
        if let searchTime, !(searchTime > 0 && searchTime < timeLimit) {
            throw ValidationError("--search-time must be positive and below --time-limit")
        }
        guard costStep >= 0, costStep.isFinite else { throw ValidationError("--cost-step must not be negative") }
        if plan != nil, searchTime != nil { throw ValidationError("--search-time needs no --plan") }
    }

    mutating func run() async throws {
        let started = SearchContext.monotonicSeconds()
        let scenario = try input.read()
        let problem = try input.compile(scenario, convention: model.distance, objectiveKind: model.objective)
        let incumbent = try await startingPlan(scenario: scenario, problem: problem, startedAt: started)
        let remaining = max(0, timeLimit - (SearchContext.monotonicSeconds() - started))
        let outcome = try Self.prove(
            incumbent, problem: problem, costStep: costStep, timeLimit: remaining, quiet: quiet)
        let best = outcome.bound.map(outcome.plan.attachingBound) ?? outcome.plan
        let validation = PlanValidator(scenario: scenario, convention: model.distance, objectiveKind: model.objective)
            .validate(best)
        guard validation.isValid else {
            Console.error("fieldplan: internal error: the best plan fails validation")
            throw ExitCode(ExitStatus.internalError.rawValue)
        }
        if let planOutput { try OutputFile.write(PlanWriter.json(best, scenario: scenario), to: planOutput) }
        let document = Document(
            bound: outcome.bound, rootBound: outcome.rootBound, cost: best.summary.cost, gap: best.summary.gap,
            optimal: outcome.optimal, nodes: outcome.nodes, openNodes: outcome.openNodes,
            elapsedSeconds: SearchContext.monotonicSeconds() - started, objective: problem.objective.kind.rawValue,
            distanceConvention: problem.convention.rawValue)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try OutputFile.write(encoder.encode(document), to: output)
    }

    /// The plan to prove: `--plan` rescheduled under this run's distance convention and
    /// objective, or the strategy's plan.
    private func startingPlan(scenario: Scenario, problem: Problem, startedAt: Double) async throws -> Plan {
        let assembler = PlanAssembler(problem: problem)
        let context = SearchContext(options: PlanningOptions(timeLimit: nil, seed: seed))
        if let plan {
            let saved = try SavedPlan.read(plan, scenario: (input.scenario, scenario)).plan
            guard let rescheduled = assembler.plan(
                sequences: assembler.sequences(of: saved), strategy: saved.summary.strategy, context: context)
            else {
                throw Diagnostics.badInput("\(plan): the plan breaks a hard constraint of the scenario")
            }
            return rescheduled
        }
        let planner = Planner()
        guard planner.registry.strategy(named: strategy) != nil else {
            throw Diagnostics.badInput(PlannerError.unknownStrategy(strategy, available: planner.registry.names).description)
        }
        let options = PlanningOptions(timeLimit: searchTime ?? min(60, timeLimit / 10), seed: seed)
        do {
            return try await ProgressRun.run(quiet: quiet) { [strategy] progress in
                try await planner.plan(problem, strategy: strategy, options: options, startedAt: startedAt, progress: progress)
            }
        } catch let error as PlannerError {
            throw Diagnostics.badInput(error.description)
        }
    }

    /// Runs the search, stopped by Ctrl-C, with a progress line on standard error at most every
    /// two seconds; maps an unsupported objective to exit status 2 and a solver failure to 3.
    static func prove(
        _ incumbent: Plan, problem: Problem, costStep: Double, timeLimit: Double, quiet: Bool
    ) throws -> BranchAndPrice.Outcome {
        let stopping = CancellationFlag()
        let interrupts = StopSignals(message: "\ninterrupted: reporting what is proved so far (Ctrl-C again to quit)") {
            stopping.cancel()
        }
        defer { interrupts.remove() }
        if !quiet {
            Console.error("proving: branch-and-price from a plan costing " + String(format: "%.2f", incumbent.summary.cost)
                + String(format: ", for up to %.0f s", timeLimit))
        }
        var shown = -Double.infinity
        let search = BranchAndPrice(columnGeneration: ColumnGenerationBound(problem: problem), costStep: costStep)
        do {
            return try search.prove(incumbent, timeLimit: timeLimit, shouldStop: { stopping.isCancelled }) { progress in
                guard !quiet, progress.elapsedSeconds - shown >= 2 || progress.openNodes == 0 else { return }
                shown = progress.elapsedSeconds
                Console.error(Self.line(progress))
            }
        } catch {
            throw Diagnostics.boundFailure(error)
        }
    }

    /// `nodes 12, open 5, bound 1061.91, best 1064.60, gap 0.25 %, 35.2 s`.
    static func line(_ progress: BranchAndPrice.Progress) -> String {
        let bound = progress.bound.map { String(format: "%.2f", $0) } ?? "none"
        let gap = progress.bound.map { bound in
            progress.cost == 0 ? "0.00" : String(format: "%.2f", max(0, (progress.cost - bound) / abs(progress.cost) * 100))
        } ?? "—"
        return "nodes \(progress.nodes), open \(progress.openNodes), bound \(bound), best "
            + String(format: "%.2f", progress.cost) + ", gap \(gap) %, " + String(format: "%.1f s", progress.elapsedSeconds)
    }

    /// The JSON written: `bound` and `rootBound` are written as null when unknown.
    struct Document: Encodable {
        var bound: Double?
        var rootBound: Double?
        var cost: Double
        var gap: Double?
        var optimal: Bool
        var nodes: Int
        var openNodes: Int
        var elapsedSeconds: Double
        var objective: String
        var distanceConvention: String

        private enum CodingKeys: String, CodingKey {
            case bound, rootBound, cost, gap, optimal, nodes, openNodes, elapsedSeconds, objective, distanceConvention
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(bound, forKey: .bound)
            try container.encode(rootBound, forKey: .rootBound)
            try container.encode(cost, forKey: .cost)
            try container.encode(gap, forKey: .gap)
            try container.encode(optimal, forKey: .optimal)
            try container.encode(nodes, forKey: .nodes)
            try container.encode(openNodes, forKey: .openNodes)
            try container.encode(elapsedSeconds, forKey: .elapsedSeconds)
            try container.encode(objective, forKey: .objective)
            try container.encode(distanceConvention, forKey: .distanceConvention)
        }
    }
}
