import Foundation

/// Writes a command's document to a file (creating its folder) or, for `-`, to standard output.
enum OutputFile {
    /// Writes `data` to `path`, or to standard output when `path` is `-` (adding a final newline
    /// there when the data lacks one); on failure prints the reason and throws exit status 2.
    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            if data.last != UInt8(ascii: "\n") { Console.write("\n", to: .standardOutput) }
            return
        }
        do {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw Diagnostics.badInput("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
