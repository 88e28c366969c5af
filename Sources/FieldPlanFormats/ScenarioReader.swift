import FieldPlanModel
import Foundation

/// Reads scenarios from JSON, YAML and Solomon files, reporting every structural issue at once.
///
/// JSON and YAML go through the same checks: syntax errors located by line and column, then
/// unknown, missing and mistyped fields located by JSON path (`visits[3].duration`). The meaning
/// of the scenario (ids, references, windows) is checked by ``ScenarioValidator``, not here.
public enum ScenarioReader {
    /// Reads the scenario in a file.
    ///
    /// - Parameters:
    ///   - path: the file's path; its extension helps to detect the format.
    ///   - format: the format, or `nil` to detect it.
    /// - Throws: ``ScenarioError`` whose `file` is `path`, with every issue found.
    public static func read(contentsOf path: String, format: ScenarioFormat? = nil) throws(ScenarioError) -> Scenario {
        return try read(data: InputFile.data(at: path), name: path, format: format)
    }

    /// Reads a scenario from bytes.
    ///
    /// - Parameters:
    ///   - data: the file's content.
    ///   - name: the file's name, for messages and format detection.
    ///   - format: the format, or `nil` to detect it.
    /// - Throws: ``ScenarioError`` whose `file` is `name`, with every issue found.
    public static func read(data: Data, name: String, format: ScenarioFormat? = nil) throws(ScenarioError) -> Scenario {
        do throws(ScenarioError) {
            let chosen = if let format { format } else { try ScenarioFormat.detect(name: name, data: data) }
            switch chosen {
            case .json:
                let tree: JSONValue
                do throws(JSONParser.Failure) {
                    tree = try JSONParser.parse(data)
                } catch {
                    throw ScenarioError(issues: [error.issue])
                }
                return try decode(tree, data: data)
            case .yaml:
                guard let text = String(data: data, encoding: .utf8) else {
                    throw ScenarioError(issues: [ScenarioIssue(.syntax, at: ScenarioIssue.topLevel, "the text is not valid UTF-8")])
                }
                guard let tree = try YAMLConverter.parse(text) else {
                    throw ScenarioError(issues: [ScenarioIssue(.syntax, at: ScenarioIssue.topLevel, "the document is empty")])
                }
                return try decode(tree, data: Data(tree.jsonText.utf8))
            case .solomon:
                return try SolomonReader.read(data: data, name: name)
            }
        } catch {
            var located = error
            located.file = name
            throw located
        }
    }

    /// Checks a parsed tree's structure, then decodes the scenario from its JSON bytes.
    static func decode(_ tree: JSONValue, data: Data) throws(ScenarioError) -> Scenario {
        let issues = ScenarioSchema.issues(in: tree)
        if !issues.isEmpty { throw ScenarioError(issues: issues) }
        do {
            return try JSONDecoder().decode(Scenario.self, from: data)
        } catch let error as DecodingError {
            throw ScenarioError(issues: [error.scenarioIssue])
        } catch {
            throw ScenarioError(issues: [ScenarioIssue(.invalidValue, at: "", String(describing: error))])
        }
    }
}
