import FieldPlan
import Foundation

/// Plans one job: reads its stored scenario, runs the strategy (and the lower bound when asked),
/// and returns the job finished. Shared by the server's ``JobRunner`` and the queue's ``JobWorker``.
struct JobSolver: Sendable {
    /// The planner that runs the strategies.
    let planner: Planner
    /// Where finished solves are counted.
    let metrics: ServiceMetrics

    /// Plans `job`'s scenario and returns it `done` with its plan and final progress, or `failed`
    /// with the reason. Cancelling the calling task stops the search early and keeps the best plan
    /// so far (the job is then still returned `done`: the caller knows why it cancelled).
    func solve(_ job: JobRecord, progress: @escaping @Sendable (JobProgress) -> Void) async -> JobRecord {
        var job = job
        let scenario: Scenario
        let problem: Problem
        do {
            scenario = try ScenarioReader.read(data: job.scenario, name: "scenario", format: .json)
            problem = try Problem(scenario: scenario)
        } catch {
            job.status = .failed
            job.error = "the stored scenario is invalid: \(error)"
            return job
        }
        let latest = ProgressBox()
        let started = ContinuousClock.now
        do {
            let plan = try await plan(problem, options: job.options) { value in
                latest.record(value)
                progress(value)
            }
            let seconds = Self.seconds(since: started)
            job.plan = PlanWriter.json(plan, scenario: scenario)
            job.progress = JobProgress(
                bestCost: plan.summary.cost, elapsedSeconds: seconds, iteration: latest.latest?.iteration ?? 0)
            job.status = .done
        } catch {
            job.status = .failed
            job.error = "\(error)"
        }
        return job
    }

    /// Plans `problem` with the job options' strategy and limits (one search thread, so seed and
    /// iterations reproduce the plan), then adds the lower bound when asked; counts the solve.
    func plan(
        _ problem: Problem, options: JobOptions, progress: @escaping @Sendable (JobProgress) -> Void = { _ in }
    ) async throws -> Plan {
        let planning = PlanningOptions(
            timeLimit: options.timeLimit, iterationLimit: options.iterations, seed: options.seed, threads: 1)
        let started = ContinuousClock.now
        var plan = try await planner.plan(problem, strategy: options.strategy, options: planning) { event in
            progress(JobProgress(bestCost: event.bestCost, elapsedSeconds: event.elapsedSeconds, iteration: event.iteration))
        }
        if let seconds = options.boundTimeLimit, !Task.isCancelled {
            let searched = plan, stop = CancellationFlag()
            plan = try await withTaskCancellationHandler {
                try await DedicatedThread.run {
                    try searched.withColumnGenerationBound(
                        problem: problem, timeLimit: seconds, shouldStop: { stop.isCancelled })
                }
            } onCancel: {
                stop.cancel()
            }
        }
        metrics.recordSolve(seconds: Self.seconds(since: started))
        return plan
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = start.duration(to: .now)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
