import FieldPlanBench
import Synchronization

/// Which benchmark runs finished before Ctrl-C, so that runs the interrupt cut short are left out.
///
/// The runner returns every record, those of the runs it stopped early included. The interrupt
/// handler calls ``interrupt()`` before it cancels the runner, so a record that arrives before the
/// flag is set belongs to a run that ended on its own limits.
final class FinishedRuns: Sendable {
    private struct Key: Hashable {
        var instance: String
        var family: String
        var strategy: String
        var seed: UInt64

        init(_ record: RunRecord) {
            instance = record.instance
            family = record.family
            strategy = record.strategy
            seed = record.seed
        }
    }

    private struct State {
        var interrupted = false
        var finished: [Key: Int] = [:]
    }

    private let state = Mutex(State())

    /// Creates an empty tally.
    init() {}

    /// Marks the benchmark as interrupted: runs reported from now on were cut short.
    @Sendable func interrupt() {
        state.withLock { $0.interrupted = true }
    }

    /// Whether ``interrupt()`` was called.
    var wasInterrupted: Bool {
        state.withLock { $0.interrupted }
    }

    /// Notes a finished run (called by the runner after each run); returns whether it finished
    /// before the interrupt.
    @discardableResult
    @Sendable func record(_ progress: BenchmarkProgress) -> Bool {
        guard let latest = progress.latest else { return true }
        return state.withLock { state in
            guard !state.interrupted else { return false }
            state.finished[Key(latest), default: 0] += 1
            return true
        }
    }

    /// The records of runs that finished before the interrupt, in their order; all of them when
    /// there was no interrupt.
    func kept(_ records: [RunRecord]) -> [RunRecord] {
        var remaining = state.withLock { $0.interrupted ? Optional($0.finished) : nil }
        guard remaining != nil else { return records }
        return records.filter { record in
            let key = Key(record)
            guard let count = remaining?[key], count > 0 else { return false }
            remaining?[key] = count - 1
            return true
        }
    }
}
