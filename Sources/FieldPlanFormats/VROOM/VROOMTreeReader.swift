import FieldPlanModel

/// Typed access to a parsed VROOM document that collects located issues instead of stopping.
struct VROOMTreeReader {
    /// Every issue found so far.
    var issues: [ScenarioIssue] = []

    /// Records an issue.
    mutating func fail(_ code: IssueCode, _ path: String, _ message: String) {
        issues.append(ScenarioIssue(code, at: path.isEmpty ? ScenarioIssue.topLevel : path, message))
    }

    /// Records that a VROOM feature is not supported.
    mutating func unsupported(_ path: String, _ what: String) {
        fail(.invalidValue, path, "\(what) is not supported by FieldPlan's VROOM endpoint (see docs/service.md)")
    }

    /// The members of an object, checking its keys against the supported and the known-unsupported ones.
    mutating func members(
        _ value: JSONValue?, at path: String, supported: Set<String>, unsupported: Set<String> = []
    ) -> [String: JSONValue]? {
        guard let value else { return nil }
        guard case .object(let list) = value else {
            fail(.wrongType, path, "expected an object, found \(value.kindDescription)")
            return nil
        }
        var members: [String: JSONValue] = [:]
        for member in list {
            let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
            if unsupported.contains(member.key) {
                self.unsupported(memberPath, "'\(member.key)'")
            } else if !supported.contains(member.key) {
                fail(.unknownField, memberPath, "unknown field '\(member.key)'")
            } else if members[member.key] != nil {
                fail(.duplicateId, memberPath, "'\(member.key)' is given twice")
            } else {
                members[member.key] = member.value
            }
        }
        return members
    }

    /// The items of an array.
    mutating func array(_ value: JSONValue?, at path: String) -> [JSONValue]? {
        guard let value else { return nil }
        guard case .array(let items) = value else {
            fail(.wrongType, path, "expected a list, found \(value.kindDescription)")
            return nil
        }
        return items
    }

    /// A number.
    mutating func number(_ value: JSONValue?, at path: String, minimum: Double? = nil) -> Double? {
        guard let value else { return nil }
        guard case .number(let number, _) = value else {
            fail(.wrongType, path, "expected a number, found \(value.kindDescription)")
            return nil
        }
        if let minimum, number < minimum {
            fail(.invalidValue, path, "must be at least \(Self.text(minimum))")
            return nil
        }
        return number
    }

    /// A whole number.
    mutating func integer(_ value: JSONValue?, at path: String, minimum: Int? = nil) -> Int? {
        guard let number = number(value, at: path, minimum: minimum.map(Double.init)) else { return nil }
        guard number == number.rounded(), abs(number) < 1e15 else {
            fail(.invalidValue, path, "expected a whole number")
            return nil
        }
        return Int(number)
    }

    /// A list of whole numbers.
    mutating func integers(_ value: JSONValue?, at path: String, minimum: Int? = nil) -> [Int]? {
        guard let items = array(value, at: path) else { return nil }
        let values = items.enumerated().map { integer($1, at: "\(path)[\($0)]", minimum: minimum) }
        return values.contains(nil) ? nil : values.compactMap { $0 }
    }

    /// A `[start, end]` pair of seconds.
    mutating func window(_ value: JSONValue?, at path: String) -> (start: Int, end: Int)? {
        guard let pair = integers(value, at: path, minimum: 0) else { return nil }
        guard pair.count == 2 else {
            fail(.invalidValue, path, "a time window is [start, end] in seconds")
            return nil
        }
        guard pair[0] <= pair[1] else {
            fail(.windowEndsBeforeStart, path, "the window ends before it starts")
            return nil
        }
        return (pair[0], pair[1])
    }

    /// A string.
    mutating func string(_ value: JSONValue?, at path: String) -> String? {
        guard let value else { return nil }
        guard let text = value.stringValue else {
            fail(.wrongType, path, "expected text, found \(value.kindDescription)")
            return nil
        }
        return text
    }

    /// A square matrix of whole numbers of side `size` or more.
    mutating func matrix(_ value: JSONValue?, at path: String) -> [[Int]]? {
        guard let rows = array(value, at: path) else { return nil }
        let matrix = rows.enumerated().map { integers($1, at: "\(path)[\($0)]", minimum: 0) }
        if matrix.contains(where: { $0 == nil }) { return nil }
        let square = matrix.compactMap { $0 }
        if square.contains(where: { $0.count != square.count }) {
            fail(.invalidValue, path, "the matrix must be square")
            return nil
        }
        return square
    }

    private static func text(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
