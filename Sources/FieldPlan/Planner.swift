import FieldPlanModel
import Foundation

/// Runs a strategy on a problem off the cooperative thread pool, with cancellation.
///
/// The search is synchronous code; it runs on a dedicated thread so that long solves never starve
/// Swift's shared executors. Cancelling the calling task stops the search, which returns the best
/// plan found so far.
public struct Planner: Sendable {
    /// The strategies this planner can run.
    public let registry: StrategyRegistry
    /// The clock of the runs' time limits, in seconds (the monotonic system clock unless a test
    /// injects one).
    public let clock: @Sendable () -> Double

    /// Creates a planner.
    public init(
        registry: StrategyRegistry = .standard, clock: @escaping @Sendable () -> Double = SearchContext.monotonicSeconds
    ) {
        self.registry = registry
        self.clock = clock
    }

    /// Plans `problem` with the strategy called `strategy`.
    ///
    /// - Parameter startedAt: when the time limit starts, on ``clock`` (default: now); a command
    ///   passes when it started, so that reading and compiling the scenario count against the limit.
    /// - Throws: ``PlannerError/unknownStrategy(_:available:)`` when no strategy has that name.
    public func plan(
        _ problem: Problem, strategy name: String, options: PlanningOptions, startedAt: Double? = nil,
        progress: @escaping @Sendable (ProgressEvent) -> Void = { _ in }
    ) async throws(PlannerError) -> Plan {
        guard let strategy = registry.strategy(named: name) else {
            throw .unknownStrategy(name, available: registry.names)
        }
        let flag = CancellationFlag()
        let context = SearchContext(
            options: options, clock: clock, cancellation: flag, progress: progress, startTime: startedAt)
        return await withTaskCancellationHandler {
            await DedicatedThread.run { strategy.plan(problem, context: context) }
        } onCancel: {
            flag.cancel()
        }
    }

    /// Plans synchronously on the calling thread (for tools and tests).
    public func planSynchronously(
        _ problem: Problem, strategy name: String, context: SearchContext
    ) throws(PlannerError) -> Plan {
        guard let strategy = registry.strategy(named: name) else {
            throw .unknownStrategy(name, available: registry.names)
        }
        return strategy.plan(problem, context: context)
    }
}

/// Misuse of the planner.
public enum PlannerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No strategy has this name.
    case unknownStrategy(String, available: [String])

    /// A sentence for the user.
    public var description: String {
        switch self {
        case .unknownStrategy(let name, let available):
            "unknown strategy '\(name)' (available: \(available.joined(separator: ", ")))"
        }
    }
}
