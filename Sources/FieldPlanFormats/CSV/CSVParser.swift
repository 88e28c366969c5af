import FieldPlanModel
import Foundation

/// Splits CSV text into records, the way spreadsheets write it.
///
/// Tolerant of a UTF-8 byte-order mark, CRLF or LF line ends, blank lines and a `;` or `,`
/// separator (detected from the header line: whichever occurs more often outside quotes). Fields
/// may be quoted with `"`; a quoted field may hold separators, line breaks and doubled quotes
/// (`""`). An unterminated quote or text after a closing quote is a syntax error, located by line
/// and column.
public enum CSVParser {
    /// The result of parsing: the separator in force and the non-blank records, header first.
    public struct Table: Sendable, Hashable {
        /// The separator detected or given.
        public var separator: Character
        /// The records, blank lines left out.
        public var records: [CSVRecord]
    }

    /// Parses `data` as UTF-8 CSV.
    ///
    /// - Parameter separator: the separator, or `nil` to detect it from the first line.
    /// - Throws: ``ScenarioError`` with the syntax issues (without a file name).
    public static func parse(_ data: Data, separator: Character? = nil) throws(ScenarioError) -> Table {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ScenarioError(issues: [ScenarioIssue(.syntax, at: "line 1, column 1", "the text is not valid UTF-8")])
        }
        return try parse(text, separator: separator)
    }

    /// Parses CSV text.
    ///
    /// - Parameter separator: the separator, or `nil` to detect it from the first line.
    /// - Throws: ``ScenarioError`` with the syntax issues (without a file name).
    public static func parse(_ text: String, separator: Character? = nil) throws(ScenarioError) -> Table {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let chosen = separator ?? detectSeparator(scalars)
        let sep = chosen.unicodeScalars.first ?? ","
        var records: [CSVRecord] = []
        var fields: [CSVRecord.Field] = []
        var current = String.UnicodeScalarView()
        var line = 1, column = 1
        var fieldLine = 1, fieldColumn = 1, recordLine = 1
        var issues: [ScenarioIssue] = []
        var index = 0

        func finishField() {
            fields.append(CSVRecord.Field(text: String(current), line: fieldLine, column: fieldColumn))
            current = String.UnicodeScalarView()
        }
        func finishRecord() {
            let record = CSVRecord(fields: fields, line: recordLine)
            if !record.isBlank { records.append(record) }
            fields = []
        }

        while index < scalars.count {
            fieldLine = line
            fieldColumn = column
            if scalars[index] == "\"" {
                let quoteLine = line, quoteColumn = column
                index += 1
                column += 1
                var closed = false
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            current.append("\"")
                            index += 2
                            column += 2
                            continue
                        }
                        index += 1
                        column += 1
                        closed = true
                        break
                    }
                    if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                        current.append("\n")
                        index += 2
                        line += 1
                        column = 1
                        continue
                    }
                    current.append(scalar)
                    index += 1
                    if scalar == "\n" || scalar == "\r" {
                        line += 1
                        column = 1
                    } else {
                        column += 1
                    }
                }
                if !closed {
                    issues.append(ScenarioIssue(
                        .syntax, at: "line \(quoteLine), column \(quoteColumn)",
                        "the quoted field is never closed (a \" is missing)"))
                    finishField()
                    finishRecord()
                    break
                }
                var stray = false
                while index < scalars.count, scalars[index] != sep, scalars[index] != "\n", scalars[index] != "\r" {
                    if !stray, scalars[index] != " " && scalars[index] != "\t" {
                        issues.append(ScenarioIssue(
                            .syntax, at: "line \(line), column \(column)",
                            "text after the closing quote of a field (write \"\" for a quote inside quotes)"))
                        stray = true
                    }
                    index += 1
                    column += 1
                }
            } else {
                while index < scalars.count, scalars[index] != sep, scalars[index] != "\n", scalars[index] != "\r" {
                    current.append(scalars[index])
                    index += 1
                    column += 1
                }
            }
            finishField()
            if index >= scalars.count {
                finishRecord()
                break
            }
            let scalar = scalars[index]
            if scalar == sep {
                index += 1
                column += 1
                if index >= scalars.count {
                    fieldLine = line
                    fieldColumn = column
                    finishField()
                    finishRecord()
                }
                continue
            }
            index += scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" ? 2 : 1
            finishRecord()
            line += 1
            column = 1
            recordLine = line
        }
        if !issues.isEmpty { throw ScenarioError(issues: issues) }
        return Table(separator: chosen, records: records)
    }

    /// `;` when the first line has more semicolons than commas outside quotes, otherwise `,`.
    static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Character {
        var commas = 0, semicolons = 0, quoted = false
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == "," { commas += 1 }
            if scalar == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }
}
