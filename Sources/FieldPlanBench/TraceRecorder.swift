import FieldPlan
import Synchronization

/// Collects a run's progress events from the search thread: improvements and the last iteration.
final class TraceRecorder: Sendable {
    private struct State {
        var points: [TracePoint] = []
        var lastIteration: Int?
    }

    private let state = Mutex(State())

    /// Records an event; only improvements of the best cost are kept as trace points.
    @Sendable func record(_ event: ProgressEvent) {
        state.withLock { state in
            state.lastIteration = max(state.lastIteration ?? 0, event.iteration)
            guard event.bestCost.isFinite else { return }
            if let last = state.points.last, last.bestCost <= event.bestCost { return }
            state.points.append(TracePoint(elapsedSeconds: max(0, event.elapsedSeconds), bestCost: event.bestCost))
        }
    }

    /// The trace so far.
    var points: [TracePoint] { state.withLock { $0.points } }

    /// The highest iteration reported, if any.
    var lastIteration: Int? { state.withLock { $0.lastIteration } }
}
