/// Where a planning job is in its life.
public enum JobStatus: String, Sendable, Codable, CaseIterable {
    /// Accepted, waiting for a solver slot.
    case queued
    /// A solver is working on it.
    case running
    /// Finished; the plan is ready.
    case done
    /// Could not be planned; the job's error says why.
    case failed
    /// Stopped by the client; the best plan found before, if any, is kept.
    case cancelled

    /// Whether the job will not change any more.
    public var isFinished: Bool { self == .done || self == .failed || self == .cancelled }
}
