import Dispatch
import FieldPlan
import Foundation

/// Turns Ctrl-C (SIGINT) into a cancellation while a search runs; a second Ctrl-C quits at once.
///
/// The default SIGINT action is ignored while the handler is installed, so the signal reaches a
/// `DispatchSource` instead of killing the process, and is restored by ``remove()``.
final class InterruptHandler {
    private let source: any DispatchSourceSignal

    /// Installs the handler; at the first Ctrl-C it prints `message` on standard error and runs
    /// `onInterrupt` on a background queue.
    init(
        message: String = "interrupted: keeping the best plan so far (Ctrl-C again to quit)",
        onInterrupt: @escaping @Sendable () -> Void
    ) {
        signal(SIGINT, SIG_IGN)
        let interrupted = CancellationFlag()
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if interrupted.isCancelled { exit(130) }
            interrupted.cancel()
            Console.error("\n" + message)
            onInterrupt()
        }
        source.resume()
    }

    /// Removes the handler and restores the default SIGINT action.
    func remove() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
