import Foundation

/// A planning job as stored: the request, its state and its result.
public struct JobRecord: Sendable, Hashable {
    /// The job's id (a UUID string).
    public var id: String
    /// Where the job is.
    public var status: JobStatus
    /// Who submitted it: a fingerprint of the API key, or `open`.
    public var owner: String
    /// The scenario as JSON (the native scenario format).
    public var scenario: Data
    /// The accepted options.
    public var options: JobOptions
    /// The plan JSON (the plan contract), when there is one.
    public var plan: Data?
    /// Why the job failed.
    public var error: String?
    /// How many times a solver started on it.
    public var attempts: Int
    /// The last progress recorded.
    public var progress: JobProgress?
    /// When it was accepted.
    public var createdAt: Date
    /// When it last changed.
    public var updatedAt: Date

    /// Creates a record.
    public init(
        id: String = UUID().uuidString.lowercased(), status: JobStatus = .queued, owner: String, scenario: Data,
        options: JobOptions, plan: Data? = nil, error: String? = nil, attempts: Int = 0,
        progress: JobProgress? = nil, createdAt: Date = Date(), updatedAt: Date? = nil
    ) {
        self.id = id
        self.status = status
        self.owner = owner
        self.scenario = scenario
        self.options = options
        self.plan = plan
        self.error = error
        self.attempts = attempts
        self.progress = progress
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }
}
