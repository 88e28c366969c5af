import Synchronization

/// A flag a caller sets to stop a running strategy; safe to share across threads.
public final class CancellationFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    /// Creates an unset flag.
    public init() {}

    /// Asks the strategy to stop.
    public func cancel() { flag.store(true, ordering: .relaxed) }

    /// Whether stopping was asked for.
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
