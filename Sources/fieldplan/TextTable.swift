/// A plain-text table with aligned columns, for terminal summaries.
struct TextTable {
    /// How a column's cells line up.
    enum Alignment {
        /// Flush left (names).
        case left
        /// Flush right (numbers).
        case right
    }

    /// Column titles.
    var headers: [String]
    /// Alignment per column.
    var alignments: [Alignment]
    /// The rows, each with one cell per column.
    var rows: [[String]] = []

    /// Creates an empty table.
    init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    /// Appends a row.
    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The table as lines, indented by `indent` spaces, with a rule under the header.
    func render(indent: Int = 2) -> String {
        let widths = headers.indices.map { column in
            ([headers] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = headers.indices.map { column -> String in
                let cell = cells.indices.contains(column) ? cells[column] : ""
                let fill = String(repeating: " ", count: widths[column] - cell.count)
                return alignments[column] == .left ? cell + fill : fill + cell
            }
            let text = String(repeating: " ", count: indent) + padded.joined(separator: "  ")
            return String(text.reversed().drop(while: { $0 == " " }).reversed())
        }
        let rule = String(repeating: " ", count: indent)
            + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
