import Foundation
import GRDB

/// Jobs in an SQLite database (GRDB, write-ahead log) inside the server's data folder.
///
/// Every change is committed before the call returns, so an accepted job survives a crash or
/// `kill -9` of the server.
public final class SQLiteJobStore: JobStore {
    private let pool: DatabasePool

    /// Opens (creating when needed) `jobs.sqlite` in `folder`.
    public init(folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        pool = try DatabasePool(path: (folder as NSString).appendingPathComponent("jobs.sqlite"), configuration: configuration)
        try pool.write { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS jobs (
                    id TEXT PRIMARY KEY NOT NULL,
                    status TEXT NOT NULL,
                    owner TEXT NOT NULL,
                    scenario BLOB NOT NULL,
                    options TEXT NOT NULL,
                    plan BLOB,
                    error TEXT,
                    attempts INTEGER NOT NULL,
                    progress TEXT,
                    createdAt REAL NOT NULL,
                    updatedAt REAL NOT NULL
                );
                CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status, createdAt);
                """)
        }
    }

    /// The journal mode SQLite reports (`wal`).
    public func journalMode() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// Stores a new job.
    public func insert(_ job: JobRecord) async throws {
        let arguments = try Self.arguments(job)
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO jobs (id, status, owner, scenario, options, plan, error, attempts, progress,
                                      createdAt, updatedAt)
                    VALUES (:id, :status, :owner, :scenario, :options, :plan, :error, :attempts, :progress,
                            :createdAt, :updatedAt)
                    """,
                arguments: arguments)
        }
    }

    /// The job with this id, if any.
    public func job(id: String) async throws -> JobRecord? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM jobs WHERE id = ?", arguments: [id]).map(Self.record)
        }
    }

    /// Replaces a stored job.
    public func update(_ job: JobRecord) async throws {
        let arguments = try Self.arguments(job)
        try await pool.write { db in
            try db.execute(
                sql: """
                    UPDATE jobs SET status = :status, owner = :owner, scenario = :scenario, options = :options,
                        plan = :plan, error = :error, attempts = :attempts, progress = :progress,
                        createdAt = :createdAt, updatedAt = :updatedAt
                    WHERE id = :id
                    """,
                arguments: arguments)
        }
    }

    /// Queued or running jobs, oldest first.
    public func unfinished() async throws -> [JobRecord] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM jobs WHERE status IN ('queued', 'running') ORDER BY createdAt, id")
                .map(Self.record)
        }
    }

    /// How many jobs are in each state.
    public func countsByStatus() async throws -> [JobStatus: Int] {
        try await pool.read { db in
            var counts: [JobStatus: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM jobs GROUP BY status") {
                if let status = JobStatus(rawValue: row["status"]) { counts[status] = row["n"] }
            }
            return counts
        }
    }

    /// How many queued or running jobs `owner` has.
    public func activeCount(owner: String) async throws -> Int {
        try await pool.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM jobs WHERE owner = ? AND status IN ('queued', 'running')",
                arguments: [owner]) ?? 0
        }
    }

    /// Deletes finished jobs last changed before `date`.
    public func purge(finishedBefore date: Date) async throws -> Int {
        try await pool.write { db in
            try db.execute(
                sql: "DELETE FROM jobs WHERE status IN ('done', 'failed', 'cancelled') AND updatedAt < ?",
                arguments: [date.timeIntervalSince1970])
            return db.changesCount
        }
    }

    private static func arguments(_ job: JobRecord) throws -> StatementArguments {
        [
            "id": job.id, "status": job.status.rawValue, "owner": job.owner, "scenario": job.scenario,
            "options": try job.optionsJSON(), "plan": job.plan, "error": job.error, "attempts": job.attempts,
            "progress": try job.progressJSON(),
            "createdAt": job.createdAt.timeIntervalSince1970, "updatedAt": job.updatedAt.timeIntervalSince1970,
        ]
    }

    private static func record(_ row: Row) throws -> JobRecord {
        JobRecord(
            id: row["id"], status: JobStatus(rawValue: row["status"]) ?? .failed, owner: row["owner"],
            scenario: row["scenario"], options: try JobRecord.options(json: row["options"]),
            plan: row["plan"], error: row["error"], attempts: row["attempts"],
            progress: try JobRecord.progress(json: row["progress"]),
            createdAt: Date(timeIntervalSince1970: row["createdAt"]),
            updatedAt: Date(timeIntervalSince1970: row["updatedAt"]))
    }
}
