import Foundation

/// Everything `fieldplan serve` can configure: address, storage, keys and limits.
public struct ServiceConfiguration: Sendable {
    /// The address to bind.
    public var host: String
    /// The port to bind; 0 picks a free one.
    public var port: Int
    /// The folder of the SQLite job database; `nil` keeps jobs in memory (unless `databaseURL` is set).
    public var dataFolder: String?
    /// A `postgres://` URL: jobs go to this shared queue instead of the data folder.
    public var databaseURL: String?
    /// With a database: solve loops this server runs itself (0: an API node only).
    public var localWorkers: Int
    /// With a database: lease, heartbeat and polling intervals.
    public var queueTiming: QueueTiming
    /// Accepted API keys; empty means open mode, allowed only on loopback.
    public var apiKeys: Set<String>
    /// Solves running at the same time.
    public var maxConcurrentSolves: Int
    /// Time limit of a job that gives none, in seconds.
    public var defaultTimeLimit: Double
    /// The largest time limit a job may ask for; longer requests are capped to it.
    public var maxTimeLimit: Double
    /// The largest request body, in bytes (413 above it).
    public var maxRequestBytes: Int
    /// The most visits a scenario may have (413 above it).
    public var maxVisits: Int
    /// The most technicians a scenario may have (413 above it).
    public var maxTechnicians: Int
    /// Jobs one API key may have queued or running at once (429 above it).
    public var maxJobsPerKey: Int
    /// How long finished jobs are kept, in seconds.
    public var resultRetention: Double
    /// Runs a solve that crashed the server at most this many times before marking it failed.
    public var maxAttempts: Int

    /// Creates a configuration; the defaults suit local use.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, dataFolder: String? = nil, apiKeys: Set<String> = [],
        maxConcurrentSolves: Int = ProcessInfo.processInfo.activeProcessorCount, defaultTimeLimit: Double = 10,
        maxTimeLimit: Double = 300, maxRequestBytes: Int = 8 << 20, maxVisits: Int = 5000,
        maxTechnicians: Int = 500, maxJobsPerKey: Int = 64, resultRetention: Double = 7 * 86400,
        maxAttempts: Int = 2, databaseURL: String? = nil,
        localWorkers: Int = ProcessInfo.processInfo.activeProcessorCount, queueTiming: QueueTiming = QueueTiming()
    ) {
        self.host = host
        self.port = port
        self.dataFolder = dataFolder
        self.apiKeys = apiKeys
        self.maxConcurrentSolves = max(1, maxConcurrentSolves)
        self.defaultTimeLimit = defaultTimeLimit
        self.maxTimeLimit = maxTimeLimit
        self.maxRequestBytes = maxRequestBytes
        self.maxVisits = maxVisits
        self.maxTechnicians = maxTechnicians
        self.maxJobsPerKey = maxJobsPerKey
        self.resultRetention = resultRetention
        self.maxAttempts = maxAttempts
        self.databaseURL = databaseURL
        self.localWorkers = max(0, localWorkers)
        self.queueTiming = queueTiming
    }

    /// Whether requests need no key: no keys configured and the host is a loopback address.
    public var isOpen: Bool { apiKeys.isEmpty && Self.isLoopback(host) }

    /// Whether `host` names the loopback interface.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
