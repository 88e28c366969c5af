import FieldPlan

/// Converts FieldPlan's issue locations into JSON pointers (RFC 6901).
enum JSONPointer {
    /// The pointer for a location such as `visits[12].timeWindows[0]` under `prefix` (`/scenario`).
    ///
    /// Text locations (`line 3, column 14`), the top level and empty ones point at `prefix` itself.
    static func pointer(fromPath path: String, under prefix: String) -> String {
        if path.isEmpty || path == ScenarioIssue.topLevel || path.hasPrefix("line ") { return prefix }
        var tokens: [String] = []
        var current = ""
        for character in path {
            switch character {
            case ".", "[", "]":
                if !current.isEmpty { tokens.append(current) }
                current = ""
            default:
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return prefix + tokens.map { "/" + escape($0) }.joined()
    }

    /// `~` and `/` escaped as RFC 6901 says.
    static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
