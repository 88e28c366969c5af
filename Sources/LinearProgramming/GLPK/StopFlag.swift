import Synchronization

/// A one-way flag set by task cancellation and read by the solving thread.
final class StopFlag: Sendable {
    private let state = Atomic<Bool>(false)

    /// Raises the flag.
    func set() { state.store(true, ordering: .releasing) }

    /// Whether the flag was raised.
    var isSet: Bool { state.load(ordering: .acquiring) }
}
