import Foundation

/// Where jobs live: in memory for tests, SQLite by default, PostgreSQL for scale-out.
///
/// Every method is atomic on its own. With a local store the server's ``JobRunner`` is the only
/// writer of its jobs; a store shared by many processes is a ``LeasedJobStore``.
public protocol JobStore: Sendable {
    /// Stores a new job.
    func insert(_ job: JobRecord) async throws
    /// The job with this id, if any.
    func job(id: String) async throws -> JobRecord?
    /// Replaces a stored job with `job` (same id).
    func update(_ job: JobRecord) async throws
    /// Jobs that are queued or running, oldest first.
    func unfinished() async throws -> [JobRecord]
    /// How many jobs are in each state.
    func countsByStatus() async throws -> [JobStatus: Int]
    /// How many queued or running jobs `owner` has.
    func activeCount(owner: String) async throws -> Int
    /// Deletes finished jobs last changed before `date`; returns how many.
    @discardableResult func purge(finishedBefore date: Date) async throws -> Int
}
