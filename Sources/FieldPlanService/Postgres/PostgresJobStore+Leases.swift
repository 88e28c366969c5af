import Foundation
import PostgresNIO

/// The shared queue: claims with `FOR UPDATE SKIP LOCKED`, leases on the database's clock.
extension PostgresJobStore {
    /// Takes the oldest queued job in a transaction: `SELECT … FOR UPDATE SKIP LOCKED` picks a row
    /// no other claimer holds, then marks it running for `worker` with a lease and one more attempt.
    public func claim(worker: String, lease: Double) async throws -> JobRecord? {
        let now = Date().timeIntervalSince1970
        let table = self.table, logger = self.logger
        return try await client.withTransaction(logger: logger) { connection in
            let picked = try await connection.query(
                """
                SELECT id FROM \(unescaped: table) WHERE status = 'queued'
                ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
                """, logger: logger
            ).collect()
            guard let row = picked.first else { return nil }
            let id = try row.makeRandomAccess()[0].decode(String.self)
            let claimed = try await connection.query(
                """
                UPDATE \(unescaped: table) SET status = 'running', attempts = attempts + 1, worker = \(worker),
                    lease_until = clock_timestamp() + \(lease) * interval '1 second', cancel_requested = FALSE,
                    updated_at = \(now)
                WHERE id = \(id) RETURNING \(unescaped: Self.columns)
                """, logger: logger
            ).collect()
            return try claimed.first.map(Self.record)
        }
    }

    /// Renews the lease while `worker` still holds the job and records its progress.
    public func heartbeat(id: String, worker: String, progress: JobProgress?, lease: Double) async throws -> LeaseState {
        let progressJSON = try JobRecord.json(progress: progress)
        let rows = try await client.query(
            """
            UPDATE \(unescaped: table) SET lease_until = clock_timestamp() + \(lease) * interval '1 second',
                progress = COALESCE(\(progressJSON), progress), updated_at = \(Date().timeIntervalSince1970)
            WHERE id = \(id) AND worker = \(worker) AND status = 'running'
            RETURNING cancel_requested
            """, logger: logger)
        for try await (cancelRequested) in rows.decode(Bool.self) { return cancelRequested ? .cancelRequested : .held }
        return .lost
    }

    /// Writes a finished job back if `worker` still holds it; `cancelled` when cancellation was asked.
    public func complete(_ job: JobRecord, worker: String) async throws -> Bool {
        let progress = try job.progressJSON(), status = job.status.rawValue
        let rows = try await client.query(
            try """
                UPDATE \(unescaped: table)
                SET status = CASE WHEN cancel_requested AND \(status) = 'done' THEN 'cancelled' ELSE \(status) END,
                    plan = \(job.plan), error = \(job.error), progress = \(progress), worker = NULL, lease_until = NULL,
                    updated_at = \(Date().timeIntervalSince1970)
                WHERE id = \(job.id) AND worker = \(worker) AND status = 'running'
                RETURNING id
                """, logger: logger
        ).collect()
        return !rows.isEmpty
    }

    /// Re-queues a job `worker` holds, one attempt fewer, with no lease; `cancelled` when its
    /// cancellation was asked.
    public func release(id: String, worker: String) async throws -> Bool {
        let rows = try await client.query(
            """
            UPDATE \(unescaped: table)
            SET status = CASE WHEN cancel_requested THEN 'cancelled' ELSE 'queued' END,
                attempts = GREATEST(attempts - 1, 0), worker = NULL, lease_until = NULL,
                updated_at = \(Date().timeIntervalSince1970)
            WHERE id = \(id) AND worker = \(worker) AND status = 'running'
            RETURNING id
            """, logger: logger
        ).collect()
        return !rows.isEmpty
    }

    /// Cancels a queued job at once; flags a running one for its worker's next heartbeat.
    public func requestCancel(id: String) async throws -> JobRecord? {
        let changed = try await records(
            """
            UPDATE \(unescaped: table)
            SET status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END, cancel_requested = TRUE,
                updated_at = \(Date().timeIntervalSince1970)
            WHERE id = \(id) AND status IN ('queued', 'running')
            RETURNING \(unescaped: Self.columns)
            """)
        if let job = changed.first { return job }
        return try await job(id: id)
    }

    /// Hands back the running jobs whose lease expired, in one transaction that skips rows another
    /// sweeper is handling.
    public func reclaimExpired(maxAttempts: Int) async throws -> (requeued: Int, finished: Int) {
        let table = self.table, logger = self.logger
        return try await client.withTransaction(logger: logger) { connection in
            let expired = try await connection.query(
                """
                SELECT \(unescaped: Self.columns), cancel_requested FROM \(unescaped: table)
                WHERE status = 'running' AND lease_until < clock_timestamp()
                FOR UPDATE SKIP LOCKED
                """, logger: logger
            ).collect()
            var requeued = 0, finished = 0
            for row in expired {
                var job = try Self.record(row)
                if try row.makeRandomAccess()[11].decode(Bool.self) {
                    job.status = .cancelled
                    job.updatedAt = Date()
                } else {
                    job.handBack(maxAttempts: maxAttempts)
                }
                if job.status == .queued { requeued += 1 } else { finished += 1 }
                try await connection.query(
                    """
                    UPDATE \(unescaped: table) SET status = \(job.status.rawValue), error = \(job.error),
                        worker = NULL, lease_until = NULL, updated_at = \(job.updatedAt.timeIntervalSince1970)
                    WHERE id = \(job.id)
                    """, logger: logger)
            }
            return (requeued, finished)
        }
    }
}
