import Foundation

extension JobRecord {
    /// Hands back a job whose solver stopped without finishing (its process crashed, was killed or
    /// lost its lease): queued again, or failed with a reason once `maxAttempts` solves have started
    /// on it, since the job itself may be what brings its solver down.
    ///
    /// The one rule for every store: the server's restart recovery and the shared queue's sweep of
    /// expired leases both apply it.
    mutating func handBack(maxAttempts: Int, now: Date = Date()) {
        if attempts >= maxAttempts {
            status = .failed
            error = "the solver stopped without finishing \(attempts) times (its process crashed or was killed)"
        } else {
            status = .queued
        }
        updatedAt = now
    }
}
