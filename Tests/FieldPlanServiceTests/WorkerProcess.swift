import Foundation

/// A `fieldplan worker` process started from the built executable, for the kill test.
final class WorkerProcess: ChildProcess {
    let process = Process()
    let logFile: URL

    /// Starts `fieldplan worker` with these arguments; its output goes to a log file.
    init(arguments: [String]) throws {
        logFile = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-worker-\(UUID().uuidString).log")
        try Data().write(to: logFile)
        let log = try FileHandle(forWritingTo: logFile)
        process.executableURL = try ServerProcess.executable()
        process.arguments = ["worker"] + arguments
        process.standardError = log
        process.standardOutput = log
        try process.run()
    }

    /// What the worker printed so far.
    var log: String { String(decoding: (try? Data(contentsOf: logFile)) ?? Data(), as: UTF8.self) }

    /// The id of the first job the worker said it started, waiting up to `seconds` for one.
    func firstStartedJob(within seconds: Double) async throws -> String? {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline, process.isRunning {
            if let range = log.range(of: #"started job [0-9a-f-]{36}"#, options: .regularExpression) {
                return String(log[range].dropFirst("started job ".count))
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }
}
