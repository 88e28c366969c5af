import Synchronization

/// Hands out a distinct identity to every new ``LinearModel``.
enum ModelIdentity {
    private static let counter = Atomic<UInt64>(0)

    /// A fresh identity, never returned before in this process.
    static func next() -> UInt64 {
        counter.wrappingAdd(1, ordering: .relaxed).newValue
    }
}
