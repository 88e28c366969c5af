import Foundation

/// A job store that many processes share as a queue: workers claim queued jobs under a lease,
/// renew it while solving and write the result back; a job whose lease expires is handed back.
///
/// Every method is one transaction, so any number of servers and workers may call them at once.
public protocol LeasedJobStore: JobStore {
    /// Takes the oldest queued job no one else is taking: marks it running for `worker` with a
    /// lease of `lease` seconds and counts one more attempt. `nil` when nothing is queued.
    func claim(worker: String, lease: Double) async throws -> JobRecord?
    /// Renews `worker`'s lease on job `id` for `lease` seconds and records its progress.
    func heartbeat(id: String, worker: String, progress: JobProgress?, lease: Double) async throws -> LeaseState
    /// Writes a finished job (done or failed) back, if `worker` still holds it; a job whose
    /// cancellation was requested is stored `cancelled`. Returns whether it was written.
    @discardableResult func complete(_ job: JobRecord, worker: String) async throws -> Bool
    /// Hands job `id` back to the queue at once if `worker` still holds it, its attempt not
    /// counted: the worker is stopping (SIGTERM, a deploy, scaling down), the job did not fail.
    /// A job whose cancellation was requested is stored `cancelled` instead. Returns whether
    /// `worker` held it.
    @discardableResult func release(id: String, worker: String) async throws -> Bool
    /// Cancels a queued job at once, or asks the worker solving a running one to stop.
    ///
    /// - Returns: the job afterwards; `nil` when unknown.
    func requestCancel(id: String) async throws -> JobRecord?
    /// Hands back every running job whose lease has expired (see ``JobRecord/handBack(maxAttempts:now:)``):
    /// queued again, or failed after `maxAttempts`; cancelled when its cancellation was requested.
    ///
    /// - Returns: how many were re-queued and how many finished (failed or cancelled).
    @discardableResult func reclaimExpired(maxAttempts: Int) async throws -> (requeued: Int, finished: Int)
}
