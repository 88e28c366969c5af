import Foundation

/// Runs synchronous solver code (searches, GLPK) on a thread of its own, off Swift's shared
/// executors, which long solves would otherwise starve.
///
/// The thread gets an 8 MiB stack, as the planner's threads always had.
public enum DedicatedThread {
    /// Runs `body` on a new thread and returns its result.
    public static func run<Value: Sendable>(
        _ body: @escaping @Sendable () throws -> Value
    ) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try body() })
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Runs `body`, which cannot fail, on a new thread and returns its result.
    public static func run<Value: Sendable>(_ body: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: body())
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
