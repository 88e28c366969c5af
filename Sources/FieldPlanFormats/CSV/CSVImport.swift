import FieldPlanModel
import Foundation

/// The rows read from one CSV file: the good ones, and every issue of the bad ones, located.
public struct CSVImport<Row: Sendable>: Sendable {
    /// The file's name.
    public var file: String
    /// Rows without issues, in file order.
    public var rows: [Row]
    /// Every issue, located `line N, column M`, in file order.
    public var issues: [ScenarioIssue]
    /// Lines of the data rows that have issues.
    public var badLines: [Int]
    /// Whether the header itself is unusable (then no row can be read).
    public var headerIsBad: Bool

    /// The issues as an error naming the file.
    public var error: ScenarioError { ScenarioError(file: file, issues: issues) }

    /// Reads every data row of a CSV file with `readRow`.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the file's name, for messages.
    ///   - known: canonical column names with aliases.
    ///   - required: the columns that must be present.
    ///   - time: resolves clock times and date-times.
    ///   - readRow: reads one row, reporting its issues on the reader; `nil` when it cannot.
    public static func read(
        data: Data, file: String, known: [String: [String]], required: [String], time: TimeResolver,
        readRow: (inout CSVRowReader) -> Row?
    ) -> CSVImport<Row> {
        let table: CSVParser.Table
        do throws(ScenarioError) {
            table = try CSVParser.parse(data)
        } catch {
            return CSVImport(file: file, rows: [], issues: error.issues, badLines: [], headerIsBad: true)
        }
        let sheet = CSVSheet(table: table, file: file, known: known, required: required)
        if !sheet.headerIssues.isEmpty {
            return CSVImport(file: file, rows: [], issues: sheet.headerIssues, badLines: [], headerIsBad: true)
        }
        var rows: [Row] = [], issues: [ScenarioIssue] = [], badLines: [Int] = []
        for record in sheet.rows {
            var reader = CSVRowReader(record: record, sheet: sheet, time: time)
            let row = readRow(&reader)
            if reader.issues.isEmpty, let row {
                rows.append(row)
            } else {
                issues += reader.issues.sorted { position($0).lexicographicallyPrecedes(position($1)) }
                badLines.append(record.line)
            }
        }
        return CSVImport(file: file, rows: rows, issues: issues, badLines: badLines, headerIsBad: false)
    }

    /// `(line, column)` of a `line N, column M` location, for ordering a row's issues.
    private static func position(_ issue: ScenarioIssue) -> [Int] {
        issue.location.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }
}
