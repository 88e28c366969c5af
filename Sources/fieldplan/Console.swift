import Foundation

/// Where the tool writes: results on standard output, diagnostics and progress on standard error.
enum Console {
    /// Writes `text` and a newline to standard output.
    static func output(_ text: String) {
        write(text + "\n", to: .standardOutput)
    }

    /// Writes `text` and a newline to standard error.
    static func error(_ text: String) {
        write(text + "\n", to: .standardError)
    }

    /// Writes `text` as is to a stream.
    static func write(_ text: String, to stream: Stream) {
        switch stream {
        case .standardOutput: FileHandle.standardOutput.write(Data(text.utf8))
        case .standardError: FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// Whether standard error is a terminal (progress lines are then redrawn in place).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// The two output streams.
    enum Stream: Sendable {
        /// Standard output.
        case standardOutput
        /// Standard error.
        case standardError
    }
}
