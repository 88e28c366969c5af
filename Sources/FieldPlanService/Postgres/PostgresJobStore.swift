import Foundation
import Logging
import PostgresNIO

/// Jobs in PostgreSQL (postgres-nio): the queue that any number of `fieldplan serve` and
/// `fieldplan worker` processes share (see ``LeasedJobStore``).
///
/// The table `fieldplan_jobs` (in `schema`) is created on connect when missing. Every change is
/// committed before the call returns.
public final class PostgresJobStore: LeasedJobStore {
    /// The connection pool.
    let client: PostgresClient
    /// The schema-qualified, quoted table name.
    let table: String
    /// Where queries log.
    let logger: Logger
    private let schema: String
    private let running: Task<Void, Never>

    /// The columns of a ``JobRecord``, in the order ``record(_:)`` reads them.
    static let columns = "id, status, owner, scenario, options, plan, error, attempts, progress, created_at, updated_at"

    /// Connects, creating the schema and table when missing.
    ///
    /// - Parameters:
    ///   - schema: the PostgreSQL schema of the table (a plain lower-case identifier; tests use
    ///     one each).
    ///   - timeout: seconds to wait for the database before giving up.
    /// - Throws: ``ServiceSetupError/databaseUnavailable(_:reason:)`` when the database does not
    ///   answer in time or refuses the schema.
    public static func connect(
        _ url: PostgresConnectionURL, schema: String = "public", timeout: Double = 20,
        logger: Logger = Logger(label: "fieldplan.postgres")
    ) async throws -> PostgresJobStore {
        precondition(
            schema.allSatisfy { $0 == "_" || $0.isASCII && ($0.isLowercase || $0.isNumber) } && !schema.isEmpty,
            "schema names are plain lower-case identifiers")
        let store = PostgresJobStore(url.configuration, schema: schema, logger: logger)
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await store.createTable() }
                group.addTask {
                    try await Task.sleep(for: .seconds(timeout))
                    throw ServiceSetupError.databaseUnavailable(url.description, reason: "no answer within \(Int(timeout)) s")
                }
                try await group.next()
                group.cancelAll()
            }
        } catch let error as ServiceSetupError {
            store.close()
            throw error
        } catch {
            store.close()
            throw ServiceSetupError.databaseUnavailable(url.description, reason: String(reflecting: error))
        }
        return store
    }

    private init(_ configuration: PostgresClient.Configuration, schema: String, logger: Logger) {
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.schema = schema
        self.table = "\"\(schema)\".fieldplan_jobs"
        self.logger = logger
        running = Task { await client.run() }
    }

    /// Closes the connections.
    public func close() { running.cancel() }

    /// Creates the schema, table and queue index if missing; one creator at a time.
    private func createTable() async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7319060108)", logger: logger)
            try await connection.query("CREATE SCHEMA IF NOT EXISTS \(unescaped: "\"\(schema)\"")", logger: logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS \(unescaped: table) (
                    id TEXT PRIMARY KEY,
                    status TEXT NOT NULL,
                    owner TEXT NOT NULL,
                    scenario BYTEA NOT NULL,
                    options TEXT NOT NULL,
                    plan BYTEA,
                    error TEXT,
                    attempts BIGINT NOT NULL,
                    progress TEXT,
                    created_at DOUBLE PRECISION NOT NULL,
                    updated_at DOUBLE PRECISION NOT NULL,
                    worker TEXT,
                    lease_until TIMESTAMPTZ,
                    cancel_requested BOOLEAN NOT NULL DEFAULT FALSE
                )
                """, logger: logger)
            try await connection.query(
                "CREATE INDEX IF NOT EXISTS fieldplan_jobs_queue ON \(unescaped: table) (status, created_at, id)",
                logger: logger)
        }
    }

    /// Drops the schema and everything in it (for tests that made their own).
    public func dropSchema() async throws {
        try await client.query("DROP SCHEMA IF EXISTS \(unescaped: "\"\(schema)\"") CASCADE", logger: logger)
    }

    /// Stores a new job.
    public func insert(_ job: JobRecord) async throws {
        let options = try job.optionsJSON(), progress = try job.progressJSON()
        try await client.query(
            try """
                INSERT INTO \(unescaped: table) (\(unescaped: Self.columns))
                VALUES (\(job.id), \(job.status.rawValue), \(job.owner), \(job.scenario), \(options), \(job.plan),
                        \(job.error), \(job.attempts), \(progress), \(job.createdAt.timeIntervalSince1970),
                        \(job.updatedAt.timeIntervalSince1970))
                """, logger: logger)
    }

    /// The job with this id, if any.
    public func job(id: String) async throws -> JobRecord? {
        try await records("SELECT \(unescaped: Self.columns) FROM \(unescaped: table) WHERE id = \(id)").first
    }

    /// Replaces a stored job's fields (its lease, if any, is left as it is).
    public func update(_ job: JobRecord) async throws {
        let options = try job.optionsJSON(), progress = try job.progressJSON()
        try await client.query(
            try """
                UPDATE \(unescaped: table) SET status = \(job.status.rawValue), owner = \(job.owner),
                    scenario = \(job.scenario), options = \(options), plan = \(job.plan), error = \(job.error),
                    attempts = \(job.attempts), progress = \(progress),
                    created_at = \(job.createdAt.timeIntervalSince1970), updated_at = \(job.updatedAt.timeIntervalSince1970)
                WHERE id = \(job.id)
                """, logger: logger)
    }

    /// Queued or running jobs, oldest first.
    public func unfinished() async throws -> [JobRecord] {
        try await records(
            """
            SELECT \(unescaped: Self.columns) FROM \(unescaped: table)
            WHERE status IN ('queued', 'running') ORDER BY created_at, id
            """)
    }

    /// How many jobs are in each state.
    public func countsByStatus() async throws -> [JobStatus: Int] {
        var counts: [JobStatus: Int] = [:]
        let rows = try await client.query("SELECT status, COUNT(*) FROM \(unescaped: table) GROUP BY status", logger: logger)
        for try await (status, count) in rows.decode((String, Int).self) {
            if let status = JobStatus(rawValue: status) { counts[status] = count }
        }
        return counts
    }

    /// How many queued or running jobs `owner` has.
    public func activeCount(owner: String) async throws -> Int {
        let rows = try await client.query(
            "SELECT COUNT(*) FROM \(unescaped: table) WHERE owner = \(owner) AND status IN ('queued', 'running')",
            logger: logger)
        for try await (count) in rows.decode(Int.self) { return count }
        return 0
    }

    /// Deletes finished jobs last changed before `date`.
    public func purge(finishedBefore date: Date) async throws -> Int {
        let rows = try await client.query(
            """
            WITH gone AS (DELETE FROM \(unescaped: table)
                WHERE status IN ('done', 'failed', 'cancelled') AND updated_at < \(date.timeIntervalSince1970) RETURNING 1)
            SELECT COUNT(*) FROM gone
            """, logger: logger)
        for try await (count) in rows.decode(Int.self) { return count }
        return 0
    }

    /// The jobs a query selects (it must select ``columns`` first).
    func records(_ query: PostgresQuery) async throws -> [JobRecord] {
        try await client.query(query, logger: logger).collect().map(Self.record)
    }

    /// A job read from a row that starts with ``columns``.
    static func record(_ row: PostgresRow) throws -> JobRecord {
        let cells = row.makeRandomAccess()
        return JobRecord(
            id: try cells[0].decode(String.self), status: JobStatus(rawValue: try cells[1].decode(String.self)) ?? .failed,
            owner: try cells[2].decode(String.self), scenario: try cells[3].decode(Data.self),
            options: try JobRecord.options(json: try cells[4].decode(String.self)), plan: try cells[5].decode(Data?.self),
            error: try cells[6].decode(String?.self), attempts: try cells[7].decode(Int.self),
            progress: try JobRecord.progress(json: try cells[8].decode(String?.self)),
            createdAt: Date(timeIntervalSince1970: try cells[9].decode(Double.self)),
            updatedAt: Date(timeIntervalSince1970: try cells[10].decode(Double.self)))
    }
}
