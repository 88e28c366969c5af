import Dispatch
import FieldPlan
import Foundation

/// Turns SIGTERM and SIGINT into one call of `onStop`, so a long-running command (the worker)
/// can finish cleanly; a second signal quits at once.
///
/// The signals' default actions are ignored while the handler is installed, so they reach
/// `DispatchSource`s instead of killing the process, and are restored by ``remove()``.
final class StopSignals {
    private static let signals = [SIGTERM, SIGINT]
    private let sources: [any DispatchSourceSignal]

    /// Installs the handler; at the first signal it prints `message` on standard error and runs
    /// `onStop` on a background queue.
    init(message: String, onStop: @escaping @Sendable () -> Void) {
        let stopping = CancellationFlag()
        sources = Self.signals.map { number in
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
        for number in Self.signals { signal(number, SIG_DFL) }
    }
}
