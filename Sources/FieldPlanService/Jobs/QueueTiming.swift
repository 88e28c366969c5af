/// The clocks of the shared PostgreSQL queue, in seconds.
public struct QueueTiming: Sendable, Hashable {
    /// How long a claimed job stays a worker's without a heartbeat; after that anyone may hand it back.
    public var lease: Double
    /// How often a solving worker renews its lease, records progress and looks for a cancellation.
    public var heartbeat: Double
    /// How often idle workers look for queued jobs, and waiters (`?wait`, events) re-read a job.
    public var poll: Double

    /// Creates timings; the heartbeat should be well under the lease (a third or less).
    public init(lease: Double = 10, heartbeat: Double = 1, poll: Double = 0.2) {
        self.lease = lease
        self.heartbeat = heartbeat
        self.poll = poll
    }
}
