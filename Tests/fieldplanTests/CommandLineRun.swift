import Foundation

/// One run of the built `fieldplan` executable: its exit status and everything it wrote.
struct CommandLineRun {
    /// The process's exit status.
    var status: Int32
    /// What it wrote on standard output.
    var output: String
    /// What it wrote on standard error.
    var error: String

    /// Runs `fieldplan` with `arguments` from the package root and waits for it to finish.
    static func fieldplan(_ arguments: String...) throws -> CommandLineRun {
        try fieldplan(arguments: arguments)
    }

    /// Runs `fieldplan` with an argument list from the package root and waits for it to finish.
    static func fieldplan(arguments: [String]) throws -> CommandLineRun {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("fieldplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outputURL = directory.appendingPathComponent("stdout")
        let errorURL = directory.appendingPathComponent("stderr")
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)
        let outputHandle = try FileHandle(forWritingTo: outputURL)
        let errorHandle = try FileHandle(forWritingTo: errorURL)

        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        process.standardOutput = outputHandle
        process.standardError = errorHandle
        try process.run()
        process.waitUntilExit()
        try outputHandle.close()
        try errorHandle.close()
        return CommandLineRun(
            status: process.terminationStatus,
            output: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            error: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }

    /// The package's root directory, derived from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `fieldplan` executable `swift test` built next to the test bundle.
    ///
    /// `FIELDPLAN_EXECUTABLE` overrides the search; otherwise the directories of the test bundle
    /// (Linux: the test runner itself; macOS: the `.xctest` bundle) are tried, then `.build/debug`.
    static func executable() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["FIELDPLAN_EXECUTABLE"] {
            return URL(fileURLWithPath: path)
        }
        var directories = [Bundle.main.bundleURL]
        directories += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
            .map { $0.deletingLastPathComponent() }
        directories.append(packageRoot.appendingPathComponent(".build/debug"))
        for directory in directories {
            let candidate = directory.appendingPathComponent("fieldplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw MissingExecutable(searched: directories.map(\.path))
    }

    /// The built executable was not found.
    struct MissingExecutable: Error, CustomStringConvertible {
        /// The directories searched.
        var searched: [String]

        /// A sentence naming the directories.
        var description: String {
            "fieldplan executable not found in \(searched.joined(separator: ", "));"
                + " build it or set FIELDPLAN_EXECUTABLE"
        }
    }
}
