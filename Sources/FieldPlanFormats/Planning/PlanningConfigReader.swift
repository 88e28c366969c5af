import FieldPlanModel
import Foundation

/// Reads a planning configuration from YAML or JSON, reporting unknown keys and bad values by path.
public enum PlanningConfigReader {
    /// Reads the configuration in a file.
    /// - Throws: ``ScenarioError`` whose `file` is `path`, with every issue found.
    public static func read(contentsOf path: String) throws(ScenarioError) -> PlanningConfig {
        try read(data: InputFile.data(at: path), name: path)
    }

    /// Reads a configuration from bytes (YAML, which includes JSON).
    /// - Throws: ``ScenarioError`` whose `file` is `name`, with every issue found.
    public static func read(data: Data, name: String) throws(ScenarioError) -> PlanningConfig {
        do throws(ScenarioError) {
            guard let text = String(data: data, encoding: .utf8) else {
                throw ScenarioError(issues: [ScenarioIssue(.syntax, at: ScenarioIssue.topLevel, "the text is not valid UTF-8")])
            }
            guard let tree = try YAMLConverter.parse(text) else { return PlanningConfig() }
            var issues: [ScenarioIssue] = []
            checkKeys(tree, path: "", issues: &issues)
            if !issues.isEmpty { throw ScenarioError(issues: issues) }
            do {
                return try JSONDecoder().decode(PlanningConfig.self, from: Data(tree.jsonText.utf8))
            } catch let error as DecodingError {
                throw ScenarioError(issues: [error.scenarioIssue])
            } catch {
                throw ScenarioError(issues: [ScenarioIssue(.invalidValue, at: ScenarioIssue.topLevel, String(describing: error))])
            }
        } catch {
            var located = error
            located.file = name
            throw located
        }
    }

    /// Reports every key the schema does not list, recursively.
    private static func checkKeys(_ value: JSONValue, path: String, issues: inout [ScenarioIssue]) {
        guard case .object(let members) = value else {
            if path.isEmpty { issues.append(ScenarioIssue(.wrongType, at: ScenarioIssue.topLevel, "the configuration must be a mapping")) }
            return
        }
        let pattern = schemaPattern(path)
        guard let allowed = pattern.flatMap({ PlanningConfig.schema[$0] }) else { return }
        for member in members {
            let name = member.key.isEmpty ? "\"\"" : member.key
            let childPath = path.isEmpty ? name : "\(path).\(name)"
            if !allowed.contains(member.key) {
                issues.append(ScenarioIssue(
                    .unknownField, at: childPath,
                    "unknown key \"\(member.key)\" (expected one of: \(allowed.joined(separator: ", ")))"))
                continue
            }
            if ["profiles", "contracts"].contains(member.key), case .object(let entries) = member.value {
                for entry in entries {
                    checkKeys(entry.value, path: "\(childPath).\(entry.key)", issues: &issues)
                }
            } else {
                checkKeys(member.value, path: childPath, issues: &issues)
            }
        }
    }

    /// The schema key for a path: map entries of `profiles` and `contracts` become `*`.
    private static func schemaPattern(_ path: String) -> String? {
        let parts = path.split(separator: ".").map(String.init)
        if parts.count == 3, parts[0] == "travel", parts[1] == "profiles" { return "travel.profiles.*" }
        if parts.count == 2, parts[0] == "contracts" { return "contracts.*" }
        return PlanningConfig.schema[path] == nil ? nil : path
    }
}
