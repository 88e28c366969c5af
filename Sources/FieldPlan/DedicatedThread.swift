import Foundation
internal import LinearProgramming

/// Runs synchronous solver code (searches, GLPK) on a thread of its own, off Swift's shared
/// executors, which long solves would otherwise starve.
///
/// The thread has an 8 MiB stack and frees its GLPK environment before it ends.
public enum DedicatedThread {
    /// Runs `body` on a new thread and returns its result.
    public static func run<Value: Sendable>(
        _ body: @escaping @Sendable () throws -> Value
    ) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                let result = Result { try body() }
                GLPKSolver.releaseThreadEnvironment()
                continuation.resume(with: result)
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Runs `body`, which cannot fail, on a new thread and returns its result.
    public static func run<Value: Sendable>(_ body: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                let value = body()
                GLPKSolver.releaseThreadEnvironment()
                continuation.resume(returning: value)
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
