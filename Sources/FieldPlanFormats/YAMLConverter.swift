import FieldPlanModel
import Yams

/// Turns YAML text into the same tree as JSON, following the YAML 1.2 core schema.
///
/// Plain scalars are resolved as null, booleans (`true`/`false`), integers and floats; anything
/// else, and every quoted scalar, is text. So `08:00` and `2026-11-30` stay text (YAML 1.1 would
/// read them as a sexagesimal number and a timestamp).
enum YAMLConverter {
    /// Parses YAML text; throws located syntax issues.
    static func parse(_ text: String) throws(ScenarioError) -> JSONValue? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw ScenarioError(issues: [issue(for: error, in: text)])
        } catch {
            throw ScenarioError(issues: [ScenarioIssue(.syntax, at: ScenarioIssue.topLevel, String(describing: error))])
        }
        guard let node else { return nil }
        var issues: [ScenarioIssue] = []
        let value = convert(node, issues: &issues)
        if !issues.isEmpty { throw ScenarioError(issues: issues) }
        return value
    }

    /// A YAML error as a located syntax issue.
    static func issue(for error: YamlError, in text: String) -> ScenarioIssue {
        func located(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> ScenarioIssue {
            var message = problem
            if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            return ScenarioIssue(.syntax, at: "line \(mark.line), column \(mark.column)", message)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return located(mark, problem, context)
        case .reader(let problem, let offset, _, _):
            guard let offset else { return ScenarioIssue(.syntax, at: ScenarioIssue.topLevel, problem) }
            let prefix = text.unicodeScalars.prefix(offset)
            let line = prefix.filter { $0 == "\n" }.count + 1
            let column = prefix.count - (prefix.lastIndex(of: "\n").map { prefix.distance(from: prefix.startIndex, to: $0) + 1 } ?? 0) + 1
            return ScenarioIssue(.syntax, at: "line \(line), column \(column)", problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ScenarioIssue(.invalidValue, at: "line \(context.mark.line), column \(context.mark.column)",
                                 "keys given twice: " + duplicates.joined(separator: ", "))
        default:
            return ScenarioIssue(.syntax, at: ScenarioIssue.topLevel, String(describing: error))
        }
    }

    private static func location(_ mark: Mark?) -> String {
        mark.map { "line \($0.line), column \($0.column)" } ?? ""
    }

    private static func convert(_ node: Node, issues: inout [ScenarioIssue]) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            return scalar.style == .plain ? resolve(scalar.string) : .string(scalar.string)
        case .sequence(let sequence):
            return .array(sequence.map { convert($0, issues: &issues) })
        case .mapping(let mapping):
            var members: [JSONValue.Member] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    issues.append(ScenarioIssue(.syntax, at: location(key.mark), "a key must be plain text"))
                    continue
                }
                members.append(JSONValue.Member(key: keyScalar.string, value: convert(value, issues: &issues)))
            }
            return .object(members)
        case .alias(let alias):
            issues.append(ScenarioIssue(.syntax, at: location(alias.mark), "unresolved alias"))
            return .null
        }
    }

    /// Resolves a plain scalar by the YAML 1.2 core schema.
    static func resolve(_ text: String) -> JSONValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .number(.infinity, text: "1e999")
        case "-.inf", "-.Inf", "-.INF": return .number(-.infinity, text: "-1e999")
        case ".nan", ".NaN", ".NAN": return .number(.nan, text: "null")
        default: break
        }
        if isInteger(text) {
            let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
            if let value = Int(digits) { return .number(Double(value), text: String(value)) }
            if let value = Double(digits) { return .number(value, text: String(value)) }
        }
        if isFloat(text), let value = Double(text.hasPrefix("+") ? String(text.dropFirst()) : text) {
            return .number(value, text: value.isFinite ? String(value) : "1e999")
        }
        return .string(text)
    }

    private static func isInteger(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        return !scalars.isEmpty && scalars.allSatisfy { ("0"..."9").contains($0) }
    }

    private static func isFloat(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars)
        if let first = scalars.first, first == "-" || first == "+" { scalars.removeFirst() }
        var index = 0
        var digits = 0
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1; digits += 1 }
        if index < scalars.count, scalars[index] == "." {
            index += 1
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1; digits += 1 }
        }
        guard digits > 0 else { return false }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            index += 1
            if index < scalars.count, scalars[index] == "-" || scalars[index] == "+" { index += 1 }
            let start = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            guard index > start else { return false }
        }
        return index == scalars.count
    }
}
