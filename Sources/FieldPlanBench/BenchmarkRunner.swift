import FieldPlan
import Foundation

/// Runs every instance of a set with every strategy and seed, checks and measures each plan.
///
/// Runs are ordered instance × strategy × seed and the records come back in that order, however
/// many run at once. Each run compiles nothing new (problems are compiled once per instance) and
/// plans with ``Planner``, which searches on its own thread; `jobs` runs go at a time. Every plan
/// is validated in the run's convention; its distance is recomputed in the DIMACS convention for
/// the gap against the best-known value.
public struct BenchmarkRunner: Sendable {
    /// What to run.
    public let configuration: BenchmarkConfiguration
    /// The planner that runs the strategies.
    public let planner: Planner

    /// Creates a runner.
    public init(configuration: BenchmarkConfiguration, planner: Planner = Planner()) {
        self.configuration = configuration
        self.planner = planner
    }

    /// One run to do.
    struct Job: Sendable {
        var index: Int
        var instance: BenchmarkInstance
        var problem: Problem
        var strategy: String
        var seed: UInt64
    }

    /// Runs the benchmark and returns one record per run, in run order.
    ///
    /// When the calling task is cancelled, running searches stop with their best plan, no new run
    /// starts, and the records finished so far are returned.
    /// - Parameter progress: called after each run, on the runner's task, never concurrently.
    /// - Throws: ``BenchmarkError`` for an invalid configuration, an unknown strategy or a scenario
    ///   that does not validate, before any run starts.
    public func run(
        _ set: BenchmarkSet, progress: @escaping @Sendable (BenchmarkProgress) -> Void = { _ in }
    ) async throws(BenchmarkError) -> [RunRecord] {
        let jobs = try makeJobs(set)
        let started = ContinuousClock.now
        var records: [RunRecord?] = Array(repeating: nil, count: jobs.count)
        var completed = 0
        await withTaskGroup(of: (Int, RunRecord).self) { group in
            var next = 0
            func startNext() {
                guard next < jobs.count, !Task.isCancelled else { return }
                let job = jobs[next]
                next += 1
                group.addTask { (job.index, await self.perform(job)) }
            }
            for _ in 0..<min(configuration.jobs, jobs.count) { startNext() }
            while let (index, record) = await group.next() {
                records[index] = record
                completed += 1
                let elapsed = Self.seconds(ContinuousClock.now - started)
                let remaining = Double(jobs.count - completed) * elapsed / Double(completed)
                progress(BenchmarkProgress(
                    completed: completed, total: jobs.count, elapsedSeconds: elapsed,
                    estimatedRemainingSeconds: remaining, latest: record))
                startNext()
            }
        }
        return records.compactMap { $0 }
    }

    /// Checks the configuration, compiles every instance and lists the runs in order.
    func makeJobs(_ set: BenchmarkSet) throws(BenchmarkError) -> [Job] {
        if let problem = configuration.problem { throw .invalidConfiguration(problem) }
        let names = planner.registry.names
        if let unknown = configuration.strategies.first(where: { !names.contains($0) }) {
            throw .unknownStrategy(unknown, available: names)
        }
        var jobs: [Job] = []
        for instance in set.instances {
            let problem: Problem
            do {
                problem = try Problem(
                    scenario: instance.scenario, convention: configuration.convention,
                    objectiveKind: configuration.objectiveKind)
            } catch {
                throw .badScenario(path: instance.path, error: error)
            }
            for strategy in configuration.strategies {
                for seed in configuration.seeds {
                    jobs.append(Job(index: jobs.count, instance: instance, problem: problem, strategy: strategy, seed: seed))
                }
            }
        }
        return jobs
    }

    /// Plans one job, validates the plan and measures it.
    func perform(_ job: Job) async -> RunRecord {
        let options = PlanningOptions(
            timeLimit: configuration.timeLimit, iterationLimit: configuration.iterations, seed: job.seed,
            threads: configuration.threadsPerRun)
        let recorder = TraceRecorder()
        let started = ContinuousClock.now
        let plan: Plan
        do {
            plan = try await planner.plan(job.problem, strategy: job.strategy, options: options, progress: recorder.record)
        } catch {
            preconditionFailure("strategy names are checked before the runs start: \(error)")
        }
        let elapsed = Self.seconds(ContinuousClock.now - started)
        return Self.record(
            plan: plan, instance: job.instance, strategy: job.strategy, seed: job.seed, configuration: configuration,
            elapsedSeconds: elapsed, iterations: recorder.lastIteration, trace: recorder.points)
    }

    /// The record of a finished run: validated in the run's convention, gap from DIMACS distance.
    public static func record(
        plan: Plan, instance: BenchmarkInstance, strategy: String, seed: UInt64,
        configuration: BenchmarkConfiguration, elapsedSeconds: Double, iterations: Int? = nil,
        trace: [TracePoint] = []
    ) -> RunRecord {
        let report = PlanValidator(
            scenario: instance.scenario, convention: configuration.convention,
            objectiveKind: configuration.objectiveKind
        ).validate(plan)
        let dimacsDistance = configuration.convention == .dimacs
            ? report.recomputed.distance
            : PlanValidator(scenario: instance.scenario, convention: .dimacs, objectiveKind: configuration.objectiveKind)
                .validate(plan).recomputed.distance
        let bestKnown = instance.bestKnown?.distance
        return RunRecord(
            instance: instance.name, family: instance.family, strategy: strategy, seed: seed,
            timeLimit: configuration.timeLimit, objective: report.recomputed.cost,
            distance: report.recomputed.distance, routes: report.recomputed.routes,
            unassigned: report.recomputed.unassigned, lateness: report.recomputed.lateness,
            gapPercent: bestKnown.map { RunRecord.gapPercent(distance: dimacsDistance, bestKnown: $0) },
            elapsedSeconds: elapsedSeconds, valid: report.isValid, convention: configuration.convention,
            dimacsDistance: dimacsDistance, bestKnownDistance: bestKnown, iterations: iterations,
            visits: instance.scenario.visits.count,
            violations: BenchmarkStatistics.ordered(report.violations.map(\.code.rawValue)),
            trace: trace)
    }

    static func seconds(_ duration: Swift.Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
