import Foundation

/// A `fieldplan` process a test started, with its log file: killed as a crash would, or stopped.
protocol ChildProcess {
    /// The running process.
    var process: Process { get }
    /// Where its output goes.
    var logFile: URL { get }
}

extension ChildProcess {
    /// Kills the process at once (SIGKILL), as a crash would.
    func killNow() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Stops the process politely (SIGTERM), waits for it and removes its log.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: logFile)
    }
}
