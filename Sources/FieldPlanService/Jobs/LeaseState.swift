/// What a worker learns when it renews the lease on the job it solves.
public enum LeaseState: Sendable, Hashable {
    /// The lease is renewed: go on solving.
    case held
    /// A client asked to cancel the job: stop the search and keep the best plan so far.
    case cancelRequested
    /// The job is no longer this worker's (its lease expired and it was handed back): stop and
    /// drop the result.
    case lost
}
