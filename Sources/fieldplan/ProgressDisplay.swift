import FieldPlan
import Foundation
import Synchronization

/// Shows a running search's elapsed time and best cost on standard error, once a second.
///
/// Strategies report ``ProgressEvent``s from their own thread; a ticker calls ``tick()``. Nothing
/// is shown for runs shorter than a second. On a terminal the line is redrawn in place with `\r`;
/// otherwise a plain line is written each second.
final class ProgressDisplay: Sendable {
    private struct State {
        var latest: ProgressEvent?
        var shownSecond = 0
        var lineWidth = 0
    }

    private let state = Mutex(State())
    private let enabled: Bool
    private let isTerminal: Bool
    private let startTime: Double

    /// Creates a display; a disabled one records events but shows nothing.
    init(enabled: Bool, isTerminal: Bool) {
        self.enabled = enabled
        self.isTerminal = isTerminal
        self.startTime = SearchContext.monotonicSeconds()
    }

    /// Records the latest event (called from the strategy's thread).
    @Sendable func record(_ event: ProgressEvent) {
        state.withLock { $0.latest = event }
    }

    /// Shows the line when a new whole second has passed.
    func tick() {
        guard enabled else { return }
        let elapsed = SearchContext.monotonicSeconds() - startTime
        let second = Int(elapsed)
        let text: String? = state.withLock { state in
            guard second >= 1, second > state.shownSecond else { return nil }
            state.shownSecond = second
            var line = String(format: "planning: %4d s", second)
            if let event = state.latest {
                line += String(format: ", best cost %.2f, %d iterations", event.bestCost, event.iteration)
                if !event.phase.isEmpty { line += " (\(event.phase))" }
            }
            guard isTerminal else { return line + "\n" }
            let padding = String(repeating: " ", count: max(0, state.lineWidth - line.count))
            state.lineWidth = line.count
            return "\r" + line + padding
        }
        if let text { Console.write(text, to: .standardError) }
    }

    /// Ends the in-place line, if one was drawn.
    func finish() {
        let drawn = state.withLock { $0.lineWidth > 0 }
        if enabled, isTerminal, drawn { Console.write("\n", to: .standardError) }
    }
}
