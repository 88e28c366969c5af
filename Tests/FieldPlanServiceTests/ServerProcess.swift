import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A `fieldplan serve` process started from the built executable, for real-server tests.
final class ServerProcess: ChildProcess {
    let process = Process()
    let logFile: URL
    private(set) var port = 0

    /// Starts `fieldplan serve --port 0` with extra arguments and waits until it listens.
    init(arguments: [String]) throws {
        logFile = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-serve-\(UUID().uuidString).log")
        try Data().write(to: logFile)
        let log = try FileHandle(forWritingTo: logFile)
        process.executableURL = try Self.executable()
        process.arguments = ["serve", "--port", "0"] + arguments
        process.standardError = log
        process.standardOutput = log
        try process.run()
        let deadline = Date(timeIntervalSinceNow: 30)
        while port == 0 {
            let text = String(decoding: try Data(contentsOf: logFile), as: UTF8.self)
            if let range = text.range(of: #"listening on 127\.0\.0\.1:(\d+)"#, options: .regularExpression),
               let number = text[range].split(separator: ":").last.flatMap({ Int($0) })
            {
                port = number
            } else if !process.isRunning || Date() > deadline {
                throw Failure(message: "the server did not start: \(text)")
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    /// Sends a request and returns the status and parsed JSON body.
    func request(_ method: String, _ path: String, body: String? = nil) async throws -> (status: Int, json: [String: Any]) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        if let body {
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        return (status, (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:])
    }

    /// The `fieldplan` executable `swift test` built next to the test bundle
    /// (`FIELDPLAN_EXECUTABLE` overrides).
    static func executable() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["FIELDPLAN_EXECUTABLE"] { return URL(fileURLWithPath: path) }
        var directories = [Bundle.main.bundleURL]
        directories += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
            .map { $0.deletingLastPathComponent() }
        for directory in directories {
            let candidate = directory.appendingPathComponent("fieldplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw Failure(message: "fieldplan executable not found in \(directories.map(\.path)); set FIELDPLAN_EXECUTABLE")
    }

    /// A server that did not behave.
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
