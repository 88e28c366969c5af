import Dispatch
import FieldPlan
import Foundation

/// Turns stop signals (Ctrl-C's SIGINT; for the worker, SIGTERM too) into one call of `onStop`,
/// so a long-running command can stop cleanly with what it has; a second signal quits at once.
///
/// The signals' default actions are ignored while the handler is installed, so they reach
/// `DispatchSource`s instead of killing the process, and are restored by ``remove()``.
final class StopSignals {
    private let signals: [Int32]
    private let sources: [any DispatchSourceSignal]

    /// Installs the handler for `signals`; at the first one it prints `message` on standard error
    /// and runs `onStop` on a background queue.
    init(signals: [Int32] = [SIGINT], message: String, onStop: @escaping @Sendable () -> Void) {
        self.signals = signals
        let stopping = CancellationFlag()
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if stopping.isCancelled { exit(128 + number) }
                stopping.cancel()
                Console.error(message)
                onStop()
            }
            source.resume()
            return source
        }
    }

    /// Removes the handler and restores the signals' default actions.
    func remove() {
        for source in sources { source.cancel() }
        for number in signals { signal(number, SIG_DFL) }
    }
}
