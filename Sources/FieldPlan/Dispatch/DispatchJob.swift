import FieldPlanModel
import FieldPlanValidator
import Foundation

/// The dispatcher's daily job as a library call: scenario → planner → validator.
///
/// ```swift
/// let built = try DispatchScenarioBuilder(date: "2026-11-30", config: config)
///     .build(team: teamData, teamFile: "team.csv", visits: visitData, visitsFile: "visits.csv")
/// let result = try await DispatchJob(scenario: built.scenario, search: config.search).run()
/// try DispatchOutputs(result: result).write(to: URL(fileURLWithPath: "plans/2026-11-30"))
/// ```
public struct DispatchJob: Sendable {
    /// The scenario to plan.
    public var scenario: Scenario
    /// The search to run.
    public var search: PlanningConfig.Search
    /// Rows skipped while building the scenario, carried into the result.
    public var skipped: [SkippedRow]
    /// When the time limit starts, on the planner's clock (`nil`: when planning starts); a
    /// command passes when it started, so that reading the input counts against the limit.
    public var startedAt: Double?

    /// Creates a job.
    public init(
        scenario: Scenario, search: PlanningConfig.Search = .init(), skipped: [SkippedRow] = [], startedAt: Double? = nil
    ) {
        self.scenario = scenario
        self.search = search
        self.skipped = skipped
        self.startedAt = startedAt
    }

    /// Plans and validates. Cancelling the task stops the search with the best plan so far.
    /// - Throws: ``ScenarioError`` for an invalid scenario, ``PlannerError`` for an unknown strategy.
    public func run(
        planner: Planner = Planner(), progress: @escaping @Sendable (ProgressEvent) -> Void = { _ in }
    ) async throws -> DispatchResult {
        let options = PlanningOptions(
            timeLimit: search.timeLimit, iterationLimit: search.iterations, seed: search.seed,
            threads: search.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let plan = try await planner.solve(
            scenario, options: options, strategy: search.strategy, startedAt: startedAt, progress: progress)
        let validation = PlanValidator(scenario: scenario).validate(plan)
        return DispatchResult(scenario: scenario, plan: plan, validation: validation, skipped: skipped)
    }
}
