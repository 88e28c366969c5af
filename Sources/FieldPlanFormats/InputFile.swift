import FieldPlanModel
import Foundation

/// Reads an input file's bytes, turning a missing or unreadable file into a located error.
enum InputFile {
    /// The file's contents.
    /// - Throws: ``ScenarioError`` with code `unreadable-file` whose `file` is `path`.
    static func data(at path: String) throws(ScenarioError) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            throw ScenarioError(file: path, issues: [ScenarioIssue(.unreadableFile, at: "", "the file \(reason)")])
        }
    }
}
