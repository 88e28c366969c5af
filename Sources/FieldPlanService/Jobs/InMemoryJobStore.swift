import Foundation

/// Jobs kept in memory: for tests and for `serve` without a data folder.
public actor InMemoryJobStore: JobStore {
    private var jobs: [String: JobRecord] = [:]

    /// Creates an empty store.
    public init() {}

    /// Stores a new job.
    public func insert(_ job: JobRecord) { jobs[job.id] = job }

    /// The job with this id, if any.
    public func job(id: String) -> JobRecord? { jobs[id] }

    /// Replaces a stored job.
    public func update(_ job: JobRecord) { jobs[job.id] = job }

    /// Queued or running jobs, oldest first.
    public func unfinished() -> [JobRecord] {
        jobs.values.filter { !$0.status.isFinished }.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
    }

    /// How many jobs are in each state.
    public func countsByStatus() -> [JobStatus: Int] {
        jobs.values.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }

    /// How many queued or running jobs `owner` has.
    public func activeCount(owner: String) -> Int {
        jobs.values.count { $0.owner == owner && !$0.status.isFinished }
    }

    /// Deletes finished jobs last changed before `date`.
    public func purge(finishedBefore date: Date) -> Int {
        let old = jobs.values.filter { $0.status.isFinished && $0.updatedAt < date }.map(\.id)
        for id in old { jobs[id] = nil }
        return old.count
    }
}
