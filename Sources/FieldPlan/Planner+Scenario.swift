import FieldPlanModel

extension Planner {
    /// Validates, compiles and plans a scenario: the one-call entry point for Swift services.
    ///
    /// ```swift
    /// let scenario = try ScenarioReader.read(contentsOf: "day.json")
    /// let plan = try await Planner().solve(scenario, options: PlanningOptions(timeLimit: 5))
    /// ```
    /// Cancelling the calling task stops the search and returns the best plan found so far.
    /// The time limit counts from `startedAt` (on ``clock``) when given, else from the call, so
    /// compiling the scenario counts against it.
    /// - Throws: ``ScenarioError`` when the scenario is invalid, ``PlannerError`` for an unknown strategy.
    public func solve(
        _ scenario: Scenario, options: PlanningOptions = PlanningOptions(), strategy: String = "lns",
        convention: DistanceConvention = .exact, startedAt: Double? = nil,
        progress: @escaping @Sendable (ProgressEvent) -> Void = { _ in }
    ) async throws -> Plan {
        let started = startedAt ?? clock()
        let problem = try Problem(scenario: scenario, convention: convention)
        return try await plan(problem, strategy: strategy, options: options, startedAt: started, progress: progress)
    }

    /// Starts planning a scenario and returns at once with the run's progress stream and result.
    ///
    /// ```swift
    /// let run = Planner().start(scenario, options: PlanningOptions(timeLimit: 5))
    /// for await event in run.events { print(event.bestCost) }
    /// let plan = try await run.plan
    /// ```
    public func start(
        _ scenario: Scenario, options: PlanningOptions = PlanningOptions(), strategy: String = "lns",
        convention: DistanceConvention = .exact
    ) -> PlanningRun {
        let (events, continuation) = AsyncStream.makeStream(of: ProgressEvent.self, bufferingPolicy: .bufferingNewest(64))
        let task = Task {
            defer { continuation.finish() }
            return try await solve(
                scenario, options: options, strategy: strategy, convention: convention,
                progress: { continuation.yield($0) })
        }
        return PlanningRun(events: events, task: task)
    }
}
