import FieldPlanBench
import Synchronization

/// Shows how far a benchmark has got on standard error: a bar, runs done of the total, the
/// percentage, the estimated time left and the run that just finished.
///
/// On a terminal the line is redrawn in place with `\r`; otherwise one plain line is written per
/// finished run, which reads well in CI logs.
final class BenchmarkProgressBar: Sendable {
    private let lineWidth = Mutex(0)
    private let enabled: Bool
    private let isTerminal: Bool

    /// Creates a bar; a disabled one shows nothing.
    init(enabled: Bool, isTerminal: Bool) {
        self.enabled = enabled
        self.isTerminal = isTerminal
    }

    /// Draws the empty bar before the first run ends (on a terminal only).
    func start(total: Int) {
        guard isTerminal else { return }
        draw(BenchmarkProgress(completed: 0, total: total, elapsedSeconds: 0, estimatedRemainingSeconds: nil))
    }

    /// Draws the bar for a progress report (called by the runner, never concurrently);
    /// `stopped` marks a run that Ctrl-C cut short.
    @Sendable func show(_ progress: BenchmarkProgress, stopped: Bool = false) {
        draw(progress, stopped: stopped)
    }

    /// Ends the in-place line, if one was drawn.
    func finish() {
        let drawn = lineWidth.withLock { $0 > 0 }
        if enabled, isTerminal, drawn { Console.write("\n", to: .standardError) }
    }

    private func draw(_ progress: BenchmarkProgress, stopped: Bool = false) {
        guard enabled else { return }
        let line = Self.line(progress) + (stopped ? " (stopped, not kept)" : "")
        guard isTerminal else {
            Console.write(line + "\n", to: .standardError)
            return
        }
        let text = lineWidth.withLock { width in
            let padding = String(repeating: " ", count: max(0, width - line.count))
            width = line.count
            return "\r" + line + padding
        }
        Console.write(text, to: .standardError)
    }

    /// The progress line: `[#####-----]  3/10  30%  ETA 1m05s  C101 regret seed 1`.
    static func line(_ progress: BenchmarkProgress, width: Int = 24) -> String {
        let filled = min(width, max(0, Int((progress.fraction * Double(width)).rounded(.down))))
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
        let digits = String(progress.total).count
        let done = String(repeating: " ", count: max(0, digits - String(progress.completed).count))
            + "\(progress.completed)/\(progress.total)"
        let percent = Int((progress.fraction * 100).rounded(.down))
        let eta = progress.completed >= progress.total
            ? "done in " + duration(progress.elapsedSeconds)
            : "ETA " + (progress.estimatedRemainingSeconds.map(duration) ?? "–")
        var line = "\(bar) \(done) \(String(repeating: " ", count: max(0, 3 - String(percent).count)))\(percent)%  \(eta)"
        if let latest = progress.latest {
            line += "  \(latest.instance) \(latest.strategy) seed \(latest.seed)" + (latest.valid ? "" : " INVALID")
        }
        return line
    }

    /// Seconds as `42s`, `3m05s` or `1h02m`.
    static func duration(_ seconds: Double) -> String {
        let whole = max(0, Int(seconds.isFinite ? seconds.rounded() : 0))
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return "\(whole / 60)m" + two(whole % 60) + "s" }
        return "\(whole / 3600)h" + two(whole % 3600 / 60) + "m"
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
