/// A job's state at one moment, as the runner publishes it to waiters and event streams.
public struct JobSnapshot: Sendable, Hashable {
    /// The job's id.
    public var id: String
    /// Where the job is.
    public var status: JobStatus
    /// The latest progress, while running or after.
    public var progress: JobProgress?

    /// Creates a snapshot.
    public init(id: String, status: JobStatus, progress: JobProgress?) {
        self.id = id
        self.status = status
        self.progress = progress
    }
}
