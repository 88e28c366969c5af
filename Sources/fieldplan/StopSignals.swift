import Dispatch
import FieldPlan
import Foundation
import Synchronization

/// Turns stop signals (Ctrl-C's SIGINT; for the worker, SIGTERM too) into one call of `onStop`,
/// so a long-running command can stop cleanly with what it has; a second signal quits at once.
///
/// A command may install handlers one after another (`prove` plans, then searches its tree):
/// the signals' dispatch sources are made once per process by ``SignalHub`` and stay, since on
/// Linux a source made after an earlier one was cancelled and the signal's action reset never
/// fires. A signal with no handler installed quits at once, as its default action would.
final class StopSignals {
    private let token: Int

    /// Installs the handler for `signals`; at the first one it prints `message` on standard error
    /// and runs `onStop` on a background queue.
    init(signals: [Int32] = [SIGINT], message: String, onStop: @escaping @Sendable () -> Void) {
        token = SignalHub.shared.install(signals: signals, message: message, onStop: onStop)
    }

    /// Removes the handler: the signals quit at once again.
    func remove() {
        SignalHub.shared.remove(token)
    }
}

/// The process's signal sources and the stop handlers installed on them, the latest first.
final class SignalHub: Sendable {
    static let shared = SignalHub()

    private struct Handler {
        let token: Int
        let signals: [Int32]
        let message: String
        let onStop: @Sendable () -> Void
        var stopping = false
    }

    private struct State {
        var sources: [Int32: any DispatchSourceSignal] = [:]
        var handlers: [Handler] = []
        var nextToken = 0
    }

    private let state = Mutex(State())

    /// Installs a handler, making the signals' sources the first time; returns its token.
    func install(signals: [Int32], message: String, onStop: @escaping @Sendable () -> Void) -> Int {
        state.withLock { state in
            for number in signals where state.sources[number] == nil {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { [unowned self] in self.received(number) }
                source.resume()
                state.sources[number] = source
            }
            state.nextToken += 1
            state.handlers.append(Handler(token: state.nextToken, signals: signals, message: message, onStop: onStop))
            return state.nextToken
        }
    }

    /// Removes the handler with `token`.
    func remove(_ token: Int) {
        state.withLock { $0.handlers.removeAll { $0.token == token } }
    }

    /// Runs the latest handler of `number` once; quits when it already ran or there is none.
    private func received(_ number: Int32) {
        let action: (message: String, onStop: @Sendable () -> Void)? = state.withLock { state in
            guard let index = state.handlers.lastIndex(where: { $0.signals.contains(number) }),
                !state.handlers[index].stopping
            else { return nil }
            state.handlers[index].stopping = true
            return (state.handlers[index].message, state.handlers[index].onStop)
        }
        guard let action else { exit(128 + number) }
        Console.error(action.message)
        action.onStop()
    }
}
