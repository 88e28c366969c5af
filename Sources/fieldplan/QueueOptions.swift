import ArgumentParser
import FieldPlanService

/// The lease, heartbeat and poll intervals of the PostgreSQL queue, shared by `serve` and `worker`.
struct QueueOptions: ParsableArguments {
    /// Lease length.
    @Option(name: .customLong("lease-seconds"), help: "A claimed job is handed back when its worker is silent this long.")
    var leaseSeconds: Double = 10

    /// Heartbeat interval.
    @Option(name: .customLong("heartbeat-seconds"), help: "How often a solving worker renews its lease and looks for a cancellation.")
    var heartbeatSeconds: Double = 1

    /// Poll interval.
    @Option(name: .customLong("poll-seconds"), help: "How often idle workers and waiting requests look at the queue.")
    var pollSeconds: Double = 0.2

    mutating func validate() throws {
        for (name, value) in [("lease", leaseSeconds), ("heartbeat", heartbeatSeconds), ("poll", pollSeconds)]
        where !(value > 0 && value.isFinite) {
            throw ValidationError("--\(name)-seconds must be a positive number")
        }
        guard heartbeatSeconds < leaseSeconds else {
            throw ValidationError("--heartbeat-seconds must be shorter than --lease-seconds")
        }
    }

    /// The timings as the service takes them.
    var timing: QueueTiming { QueueTiming(lease: leaseSeconds, heartbeat: heartbeatSeconds, poll: pollSeconds) }
}
