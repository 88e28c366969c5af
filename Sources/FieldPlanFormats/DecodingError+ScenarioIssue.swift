import FieldPlanModel

extension DecodingError {
    /// The error as a located issue: the JSON path from the coding path, and a code.
    var scenarioIssue: ScenarioIssue {
        switch self {
        case .typeMismatch(_, let context):
            return ScenarioIssue(.wrongType, at: Self.path(context.codingPath), context.debugDescription)
        case .valueNotFound(_, let context):
            return ScenarioIssue(.missingField, at: Self.path(context.codingPath),
                                 "a value is required here: \(context.debugDescription)")
        case .keyNotFound(let key, let context):
            return ScenarioIssue(.missingField, at: Self.path(context.codingPath + [key]),
                                 "missing required field \"\(key.stringValue)\"")
        case .dataCorrupted(let context):
            let code: IssueCode = context.codingPath.isEmpty ? .syntax : .invalidValue
            return ScenarioIssue(code, at: Self.path(context.codingPath), context.debugDescription)
        @unknown default:
            return ScenarioIssue(.invalidValue, at: ScenarioIssue.topLevel, String(describing: self))
        }
    }

    /// A JSON path such as `visits[3].duration` from a coding path; the root is the top level.
    static func path(_ codingPath: [any CodingKey]) -> String {
        if codingPath.isEmpty { return ScenarioIssue.topLevel }
        var path = ""
        for key in codingPath {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return path
    }
}
