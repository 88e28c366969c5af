import Foundation
import Synchronization

/// Fans a job's snapshots out to everyone watching it (`?wait`, server-sent events).
///
/// Publishing is synchronous and thread-safe, so the search thread's progress callback can
/// publish directly; each watcher's stream keeps only the newest snapshots.
final class JobEvents: Sendable {
    private let watchers = Mutex<[String: [UUID: AsyncStream<JobSnapshot>.Continuation]]>([:])

    /// A stream of the job's snapshots from now on; it ends after a finished snapshot.
    func watch(_ id: String) -> AsyncStream<JobSnapshot> {
        let (stream, continuation) = AsyncStream.makeStream(of: JobSnapshot.self, bufferingPolicy: .bufferingNewest(16))
        let token = UUID()
        watchers.withLock { $0[id, default: [:]][token] = continuation }
        continuation.onTermination = { [weak self] _ in
            self?.watchers.withLock { all in
                all[id]?[token] = nil
                if all[id]?.isEmpty == true { all[id] = nil }
            }
        }
        return stream
    }

    /// Sends a snapshot to the job's watchers; a finished one also ends their streams.
    func publish(_ snapshot: JobSnapshot) {
        let continuations = watchers.withLock { Array(($0[snapshot.id] ?? [:]).values) }
        for continuation in continuations {
            continuation.yield(snapshot)
            if snapshot.status.isFinished { continuation.finish() }
        }
    }
}
