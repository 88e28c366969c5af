import FieldPlan
import FieldPlanTestSupport
import Foundation
import Synchronization
import Testing

/// The time limit counts from when the caller started (a command: before reading its input), not
/// from when the strategy starts: checked on the context the strategy receives, on a fake clock.
struct PlannerDeadlineTests {
    /// What the strategy saw: start, elapsed seconds, and 1 when it was told to stop at once.
    private final class Seen: Sendable {
        let values = Mutex<[Double]>([])
    }

    /// Records what the strategy sees of the time limit, then plans with `greedy`.
    private struct Recorder: PlanningStrategy {
        let name = "recorder"
        let seen = Seen()

        func plan(_ problem: Problem, context: SearchContext) -> Plan {
            seen.values.withLock { $0 = [context.startTime, context.elapsed(), context.shouldStop() ? 1 : 0] }
            return InsertionStrategy.greedy.plan(problem, context: SearchContext(options: PlanningOptions(timeLimit: nil)))
        }
    }

    /// A clock that reads 100 + 3 s: the command started at 100, planning begins 3 s later.
    private static let clock: @Sendable () -> Double = { 103 }

    private func planner(_ recorder: Recorder) -> Planner {
        Planner(registry: StrategyRegistry([recorder]), clock: Self.clock)
    }

    /// What the strategy saw when planning `Fixtures.line` with `timeLimit`, started at
    /// `startedAt`; the plan must pass the validator.
    private func seen(timeLimit: Double, startedAt: Double?) async throws -> [Double] {
        let recorder = Recorder()
        let problem = try Problem(scenario: Fixtures.line)
        let plan = try await planner(recorder).plan(
            problem, strategy: "recorder", options: PlanningOptions(timeLimit: timeLimit), startedAt: startedAt)
        expectValid(plan, Fixtures.line)
        return recorder.seen.values.withLock { $0 }
    }

    @Test func planCountsFromTheGivenStart() async throws {
        #expect(try await seen(timeLimit: 5, startedAt: 100) == [100, 3, 0])
    }

    @Test func aStartBeforeTheLimitStopsTheSearchAtOnce() async throws {
        #expect(try await seen(timeLimit: 2, startedAt: 100) == [100, 3, 1])
    }

    @Test func withoutAStartTheLimitCountsFromThePlanningCall() async throws {
        #expect(try await seen(timeLimit: 2, startedAt: nil) == [103, 0, 0])
    }

    /// `fieldplan plan`'s path: the job carries the command's start into the planner.
    @Test func dispatchJobPassesItsStartToTheStrategy() async throws {
        let recorder = Recorder()
        var search = PlanningConfig.Search()
        search.strategy = "recorder"
        search.timeLimit = 5
        let job = DispatchJob(scenario: Fixtures.line, search: search, startedAt: 100)
        let result = try await job.run(planner: planner(recorder))
        #expect(recorder.seen.values.withLock { $0 } == [100, 3, 0])
        #expect(result.validation.isValid)
    }
}
