import ArgumentParser
import FieldPlanService
import Foundation

/// `fieldplan worker`: takes jobs from the PostgreSQL queue of `fieldplan serve --database` and solves them.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Solve queued planning jobs from PostgreSQL (see docs/service.md).",
        discussion: """
            Claims queued jobs with SELECT … FOR UPDATE SKIP LOCKED, renews its lease every heartbeat \
            while solving (recording the best cost so far), stops a job whose cancellation was \
            requested (keeping the best plan so far) and writes the result. Jobs of workers that died \
            are handed back to the queue once their lease expires; a job whose solver stopped twice \
            is marked failed. Runs until SIGTERM or Ctrl-C, which hand the jobs being solved back to \
            the queue at once, their attempt not counted.
            """)

    /// The queue.
    @Option(help: "The postgres://user[:password]@host[:port]/database URL of the queue.")
    var database: String

    /// Solve loops.
    @Option(help: "Jobs solved at once (default: every core).")
    var concurrency = ProcessInfo.processInfo.activeProcessorCount

    /// Queue timings.
    @OptionGroup var queue: QueueOptions

    mutating func validate() throws {
        guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
    }

    mutating func run() async throws {
        let store: PostgresJobStore
        do {
            store = try await PostgresJobStore.connect(try PostgresConnectionURL(database))
        } catch let error as ServiceSetupError {
            throw Diagnostics.badInput(error.description)
        }
        let worker = JobWorker(store: store, timing: queue.timing)
        Console.error("fieldplan worker \(worker.name): \(concurrency) solve loop\(concurrency == 1 ? "" : "s") on \(try PostgresConnectionURL(database))")
        let loops = concurrency
        let running = Task { await worker.run(concurrency: loops) }
        let signals = StopSignals(
            signals: [SIGTERM, SIGINT], message: "stopping: handing running jobs back to the queue (again to quit)") {
            running.cancel()
        }
        await running.value
        signals.remove()
        store.close()
    }
}
