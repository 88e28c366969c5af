import Foundation

/// What a running strategy sees of the world: options, clock, cancellation, progress.
public struct SearchContext: Sendable {
    /// The run's options.
    public let options: PlanningOptions
    /// Seconds since an arbitrary origin; injected so tests need not sleep.
    public let clock: @Sendable () -> Double
    /// Set when the caller cancels; strategies return their best plan when they see it.
    public let cancellation: CancellationFlag
    /// Receives progress events; never prints.
    public let progress: @Sendable (ProgressEvent) -> Void
    /// When the run started, on `clock`.
    public let startTime: Double

    /// Creates a context; the clock defaults to the monotonic system clock.
    ///
    /// - Parameter startTime: when the run started, on `clock` (default: now). A caller that did
    ///   work before planning (reading and compiling the scenario) passes when it began, so that
    ///   the time limit covers that work too.
    public init(
        options: PlanningOptions,
        clock: @escaping @Sendable () -> Double = SearchContext.monotonicSeconds,
        cancellation: CancellationFlag = CancellationFlag(),
        progress: @escaping @Sendable (ProgressEvent) -> Void = { _ in },
        startTime: Double? = nil
    ) {
        self.options = options
        self.clock = clock
        self.cancellation = cancellation
        self.progress = progress
        self.startTime = startTime ?? clock()
    }

    /// Seconds since the run started.
    public func elapsed() -> Double { clock() - startTime }

    /// Whether the time limit has passed or the run was cancelled.
    public func shouldStop() -> Bool {
        if cancellation.isCancelled { return true }
        if let limit = options.timeLimit, elapsed() >= limit { return true }
        return false
    }

    /// Whether `iteration` reaches the iteration limit, the time limit, or cancellation.
    public func shouldStop(iteration: Int) -> Bool {
        if let limit = options.iterationLimit, iteration >= limit { return true }
        return shouldStop()
    }

    /// The monotonic system clock in seconds.
    @Sendable public static func monotonicSeconds() -> Double {
        ProcessInfo.processInfo.systemUptime
    }
}
