import FieldPlanModel

/// A CSV row left out because of its issues (`--skip-bad-rows`).
public struct SkippedRow: Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// The row's line.
    public var line: Int
    /// Why, located.
    public var issues: [ScenarioIssue]

    /// Creates a skipped row.
    public init(file: String, line: Int, issues: [ScenarioIssue]) {
        self.file = file
        self.line = line
        self.issues = issues
    }

    /// `FILE: line N skipped: …` with the issues' messages.
    public var description: String {
        "\(file): line \(line) skipped: " + issues.map(\.description).joined(separator: "; ")
    }
}
