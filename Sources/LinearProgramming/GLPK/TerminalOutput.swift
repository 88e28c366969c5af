internal import CGLPK
import Logging

/// Collects GLPK's terminal output during one solve: logged when verbose, always kept briefly so
/// a recovered GLPK error can be reported in ``ModelError/solverRejected(message:)``.
///
/// Used only on the solving thread, through an unretained pointer given to `glp_term_hook`.
final class TerminalOutput {
    private static let logger = Logger(label: "fieldplan.glpk")
    private let verbose: Bool
    private var pending = ""
    private(set) var recentLines: [String] = []

    init(verbose: Bool) {
        self.verbose = verbose
    }

    /// Installs this object as the calling thread's terminal hook for the duration of `body`,
    /// then frees the thread's GLPK environment.
    ///
    /// Every GLPK call runs inside one `capture`, and its problem is deleted before `body` returns,
    /// so nothing of the thread's is lost; freeing the environment (about 5 KB, which GLPK keeps
    /// per thread until asked) means no thread that ever solved leaks it when it ends, whether it
    /// is a planner's thread, a parallel search's worker or a dispatch queue's.
    func capture<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        let info = Unmanaged.passUnretained(self).toOpaque()
        glp_term_hook({ info, text in
            guard let info, let text else { return 1 }
            Unmanaged<TerminalOutput>.fromOpaque(info).takeUnretainedValue().append(String(cString: text))
            return 1
        }, info)
        defer {
            glp_term_hook(nil, nil)
            glp_free_env()
            flush()
        }
        return try withExtendedLifetime(self) { () throws(E) -> T in try body() }
    }

    /// The last lines GLPK printed, joined.
    var recentText: String { recentLines.joined(separator: " ") }

    private func append(_ fragment: String) {
        pending += fragment
        while let newline = pending.firstIndex(of: "\n") {
            emit(String(pending[..<newline]))
            pending = String(pending[pending.index(after: newline)...])
        }
    }

    private func flush() {
        if !pending.isEmpty { emit(pending) }
        pending = ""
    }

    private func emit(_ line: String) {
        if verbose { Self.logger.info("\(line)") }
        recentLines.append(line)
        if recentLines.count > 8 { recentLines.removeFirst() }
    }
}
