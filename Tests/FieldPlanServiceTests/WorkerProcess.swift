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

    /// The id of a job the worker said it started and has not yet said it finished, waiting up
    /// to `seconds` for one.
    func runningJob(within seconds: Double) async throws -> String? {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline, process.isRunning {
            let text = log
            let started = Self.jobIDs(after: "started job ", in: text)
            let finished = Set(Self.jobIDs(after: "finished job ", in: text))
            if let running = started.last(where: { !finished.contains($0) }) { return running }
            try await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    /// The job ids that follow `prefix` in `text`, in order.
    private static func jobIDs(after prefix: String, in text: String) -> [String] {
        var ids: [String] = []
        var rest = text[...]
        while let range = rest.range(of: prefix + "[0-9a-f-]{36}", options: .regularExpression) {
            ids.append(String(rest[range].dropFirst(prefix.count)))
            rest = rest[range.upperBound...]
        }
        return ids
    }
}
