import FieldPlanModel

/// A parsed CSV file with a header row: which column holds which field, and the data rows.
///
/// Header names are matched loosely (case, spaces, `_` and `-` ignored, so `Shift Start`,
/// `shift_start` and `shiftStart` are one column) against a list of known names and aliases.
/// Unknown, duplicate and missing required columns are issues of the header line.
public struct CSVSheet: Sendable {
    /// The file's name, for messages.
    public let file: String
    /// The data rows (header excluded, blank lines left out).
    public let rows: [CSVRecord]
    /// Issues of the header line.
    public let headerIssues: [ScenarioIssue]
    /// The header's line number.
    public let headerLine: Int
    private let columns: [String: Int]

    /// Reads a sheet from a parsed table.
    ///
    /// - Parameters:
    ///   - table: the parsed file.
    ///   - file: the file's name.
    ///   - known: canonical column names with their aliases.
    ///   - required: canonical names that must be present.
    public init(table: CSVParser.Table, file: String, known: [String: [String]], required: [String]) {
        self.file = file
        var lookup: [String: String] = [:]
        for (name, aliases) in known {
            lookup[Self.normalise(name)] = name
            for alias in aliases { lookup[Self.normalise(alias)] = name }
        }
        var issues: [ScenarioIssue] = []
        var columns: [String: Int] = [:]
        guard let header = table.records.first else {
            self.rows = []
            self.headerLine = 1
            self.columns = [:]
            self.headerIssues = [ScenarioIssue(
                .missingField, at: "line 1, column 1",
                "the file is empty; expected a header line naming the columns (\(required.joined(separator: ", ")))")]
            return
        }
        for (index, field) in header.fields.enumerated() {
            let at = "line \(field.line), column \(field.column)"
            let raw = field.text.trimmingCharacters(in: .whitespaces)
            if raw.isEmpty { continue }
            guard let name = lookup[Self.normalise(raw)] else {
                let names = known.keys.sorted().joined(separator: ", ")
                issues.append(ScenarioIssue(.unknownField, at: at, "unknown column \"\(raw)\" (known columns: \(names))"))
                continue
            }
            if columns[name] != nil {
                issues.append(ScenarioIssue(.duplicateId, at: at, "the column \"\(name)\" appears twice"))
                continue
            }
            columns[name] = index
        }
        for name in required where columns[name] == nil {
            issues.append(ScenarioIssue(
                .missingField, at: "line \(header.line), column 1", "the required column \"\(name)\" is missing"))
        }
        self.columns = columns
        self.headerIssues = issues
        self.headerLine = header.line
        self.rows = Array(table.records.dropFirst())
        self.headerWidth = header.fields.count
    }

    /// The number of fields of the header line.
    public private(set) var headerWidth = 0

    /// The canonical names of the columns the header has.
    public var columnNames: [String] { Array(columns.keys) }

    /// The index of a canonical column, when the header has it.
    public func column(_ name: String) -> Int? { columns[name] }

    /// Lower case without spaces, `_` and `-`.
    static func normalise(_ name: String) -> String {
        String(name.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" && $0 != "\u{FEFF}" })
    }
}
