import ArgumentParser
import FieldPlanService
import Foundation

/// `fieldplan serve`: the planning service over HTTP, with jobs persisted in a data folder.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the planning HTTP API (see docs/service.md).",
        discussion: """
            Jobs and results are kept in SQLite in the --data folder, so an accepted job survives a \
            crash: on restart it runs again (or is marked failed after it stopped the server twice). \
            With --database postgres://… jobs go to PostgreSQL instead, where `fieldplan worker` \
            processes (and --local-workers loops of this server) take them. \
            Without API keys the service is open, which is allowed only on a loopback address. \
            Keys come from --api-keys FILE (one per line) or FIELDPLAN_API_KEYS (comma-separated).
            """)

    /// The address to bind.
    @Option(help: "The address to bind.")
    var host = "127.0.0.1"

    /// The port.
    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8080

    /// The data folder.
    @Option(help: "The folder of the job database (SQLite).")
    var data = "./fieldplan-data"

    /// The shared PostgreSQL queue.
    @Option(help: "A postgres://user[:password]@host[:port]/database URL: keep jobs in PostgreSQL for `fieldplan worker`s.")
    var database: String?

    /// Solve loops of this server in PostgreSQL mode.
    @Option(name: .customLong("local-workers"), help: "With --database: jobs this server solves itself at once (default: every core; 0: API only).")
    var localWorkers = ProcessInfo.processInfo.activeProcessorCount

    /// Queue timings.
    @OptionGroup var queue: QueueOptions

    /// Keep jobs in memory only.
    @Flag(name: .customLong("in-memory"), help: "Keep jobs in memory only (lost when the server stops).")
    var inMemory = false

    /// API keys file.
    @Option(name: .customLong("api-keys"), help: "A file of API keys, one per line.")
    var apiKeys: String?

    /// Concurrent solves.
    @Option(name: .customLong("max-solves"), help: "Solves running at once (default: every core).")
    var maxSolves = ProcessInfo.processInfo.activeProcessorCount

    /// Default time limit.
    @Option(name: .customLong("default-time-limit"), help: "Seconds a job may search when it gives no limit.")
    var defaultTimeLimit: Double = 10

    /// Time-limit cap.
    @Option(name: .customLong("max-time-limit"), help: "Longer time limits are capped to this many seconds.")
    var maxTimeLimit: Double = 300

    /// Body size limit.
    @Option(name: .customLong("max-request-bytes"), help: "Larger request bodies are answered with 413.")
    var maxRequestBytes = 8 << 20

    /// Scenario size limit.
    @Option(name: .customLong("max-visits"), help: "Scenarios with more visits are answered with 413.")
    var maxVisits = 5000

    /// Per-key job limit.
    @Option(name: .customLong("max-jobs-per-key"), help: "Queued or running jobs one API key may have (429 above).")
    var maxJobsPerKey = 64

    /// Result retention.
    @Option(name: .customLong("retention-hours"), help: "Finished jobs are deleted after this many hours.")
    var retentionHours: Double = 168

    mutating func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard maxSolves >= 1 else { throw ValidationError("--max-solves must be at least 1") }
        guard defaultTimeLimit > 0, maxTimeLimit > 0 else { throw ValidationError("time limits must be positive") }
        guard maxRequestBytes > 0, maxVisits > 0, maxJobsPerKey > 0 else {
            throw ValidationError("--max-request-bytes, --max-visits and --max-jobs-per-key must be positive")
        }
        guard retentionHours > 0 else { throw ValidationError("--retention-hours must be positive") }
        guard localWorkers >= 0 else { throw ValidationError("--local-workers must not be negative") }
        if database != nil && inMemory { throw ValidationError("--database and --in-memory exclude each other") }
    }

    mutating func run() async throws {
        var keys = Set<String>()
        if let apiKeys {
            guard let text = try? String(contentsOfFile: apiKeys, encoding: .utf8) else {
                throw Diagnostics.badInput("\(apiKeys): the API key file cannot be read")
            }
            keys.formUnion(APIKey.keys(inFile: text))
        }
        if let value = ProcessInfo.processInfo.environment["FIELDPLAN_API_KEYS"] {
            keys.formUnion(APIKey.keys(inEnvironment: value))
        }
        let configuration = ServiceConfiguration(
            host: host, port: port, dataFolder: inMemory ? nil : data, apiKeys: keys, maxConcurrentSolves: maxSolves,
            defaultTimeLimit: min(defaultTimeLimit, maxTimeLimit), maxTimeLimit: maxTimeLimit,
            maxRequestBytes: maxRequestBytes, maxVisits: maxVisits, maxJobsPerKey: maxJobsPerKey,
            resultRetention: retentionHours * 3600, databaseURL: database, localWorkers: localWorkers,
            queueTiming: queue.timing)
        let mode = configuration.isOpen ? "open (no API key needed)" : "\(keys.count) API key\(keys.count == 1 ? "" : "s")"
        let storage =
            if let database { "jobs in \((try? PostgresConnectionURL(database))?.description ?? database), \(localWorkers) local workers" }
            else if inMemory { "jobs in memory" } else { "data in \(data)" }
        let host = self.host
        do {
            try await runServer(configuration) { port in
                Console.error("fieldplan serve: listening on \(host):\(port), \(storage), \(mode)")
            }
        } catch let error as ServiceSetupError {
            throw Diagnostics.badInput(error.description)
        }
    }
}
