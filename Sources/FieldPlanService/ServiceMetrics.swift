import Foundation
import Synchronization

/// Counters the service exposes at `/metrics` in Prometheus's text format.
public final class ServiceMetrics: Sendable {
    /// Upper bounds, in seconds, of the solve-time histogram's buckets.
    public static let solveBuckets: [Double] = [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300]

    private struct State {
        var requests: [RequestKey: Int] = [:]
        var solveCounts = [Int](repeating: 0, count: ServiceMetrics.solveBuckets.count)
        var solveCount = 0
        var solveSum = 0.0
    }

    private struct RequestKey: Hashable, Comparable {
        var method: String
        var status: Int
        static func < (a: Self, b: Self) -> Bool { (a.method, a.status) < (b.method, b.status) }
    }

    private let state = Mutex(State())

    /// Creates empty metrics.
    public init() {}

    /// Counts one answered request.
    public func recordRequest(method: String, status: Int) {
        state.withLock { $0.requests[RequestKey(method: method, status: status), default: 0] += 1 }
    }

    /// Records one finished solve's duration.
    public func recordSolve(seconds: Double) {
        state.withLock { s in
            s.solveCount += 1
            s.solveSum += seconds
            for (index, bound) in Self.solveBuckets.enumerated() where seconds <= bound { s.solveCounts[index] += 1 }
        }
    }

    /// The Prometheus text exposition, with the job counts and queue depth read by the caller.
    public func render(jobs: [JobStatus: Int], queueDepth: Int, runningSolves: Int) -> String {
        let s = state.withLock { $0 }
        var lines: [String] = []
        lines.append("# HELP fieldplan_http_requests_total HTTP requests answered, by method and status.")
        lines.append("# TYPE fieldplan_http_requests_total counter")
        for (key, count) in s.requests.sorted(by: { $0.key < $1.key }) {
            lines.append("fieldplan_http_requests_total{method=\"\(key.method)\",status=\"\(key.status)\"} \(count)")
        }
        lines.append("# HELP fieldplan_jobs Jobs in the store, by state.")
        lines.append("# TYPE fieldplan_jobs gauge")
        for status in JobStatus.allCases {
            lines.append("fieldplan_jobs{state=\"\(status.rawValue)\"} \(jobs[status] ?? 0)")
        }
        lines.append("# HELP fieldplan_queue_depth Jobs waiting for a solver slot.")
        lines.append("# TYPE fieldplan_queue_depth gauge")
        lines.append("fieldplan_queue_depth \(queueDepth)")
        lines.append("# HELP fieldplan_running_solves Solves running now.")
        lines.append("# TYPE fieldplan_running_solves gauge")
        lines.append("fieldplan_running_solves \(runningSolves)")
        lines.append("# HELP fieldplan_solve_seconds Wall-clock time of finished solves.")
        lines.append("# TYPE fieldplan_solve_seconds histogram")
        for (index, bound) in Self.solveBuckets.enumerated() {
            lines.append("fieldplan_solve_seconds_bucket{le=\"\(Self.number(bound))\"} \(s.solveCounts[index])")
        }
        lines.append("fieldplan_solve_seconds_bucket{le=\"+Inf\"} \(s.solveCount)")
        lines.append("fieldplan_solve_seconds_sum \(Self.number(s.solveSum))")
        lines.append("fieldplan_solve_seconds_count \(s.solveCount)")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
