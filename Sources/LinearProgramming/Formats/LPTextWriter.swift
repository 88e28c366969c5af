/// Writes a validated model as CPLEX LP text that GLPK's `glp_read_lp` reads back.
///
/// Like GLPK's own writer, a ranged row `l <= a x <= u` becomes `a x - s = l` with a slack
/// `0 <= s <= u - l`, a free row is left as a comment, and the objective constant is a comment.
struct LPTextWriter {
    private let model: NormalizedModel
    private var columnNames: [String] = []
    private var rowNames: [String] = []
    private var lines: [String] = []

    init(model: NormalizedModel) {
        self.model = model
        var names = LPNames()
        columnNames = (0..<model.columnCount).map { names.claim(model.columnNames[$0], fallback: "x_\($0 + 1)") }
        var rowNameTable = LPNames()
        rowNames = (0..<model.rowCount).map { rowNameTable.claim(model.rowNames[$0], fallback: "r_\($0 + 1)") }
        slackNames = (0..<model.rowCount).map { row in
            isRanged(row) ? names.claim("~" + rowNames[row], fallback: "s_\(row + 1)") : ""
        }
    }

    private var slackNames: [String] = []

    /// The complete LP text.
    mutating func write() -> String {
        lines = ["\\* Problem: \(model.name.isEmpty ? "Unknown" : model.name) *\\", ""]
        writeObjective()
        writeConstraints()
        writeBounds()
        let integers = (0..<model.columnCount).filter { model.isInteger($0) }
        if !integers.isEmpty {
            lines.append("Generals")
            lines += integers.map { " \(columnNames[$0])" }
            lines.append("")
        }
        lines.append("End")
        return lines.joined(separator: "\n") + "\n"
    }

    private func isRanged(_ row: Int) -> Bool {
        model.rowLower[row].isFinite && model.rowUpper[row].isFinite && model.rowLower[row] != model.rowUpper[row]
    }

    private mutating func writeObjective() {
        lines.append(model.sense == .minimize ? "Minimize" : "Maximize")
        var used = Set(model.rows.flatMap { $0.map(\.column) })
        var entries = model.objective
        used.formUnion(entries.map(\.column))
        // A column that appears nowhere else is declared here with a zero coefficient.
        entries += (0..<model.columnCount).filter { !used.contains($0) }.map { NormalizedModel.Entry(column: $0, value: 0) }
        lines.append(" obj:" + terms(entries))
        if model.objectiveConstant != 0 {
            lines.append("\\* constant term = \(Self.number(model.objectiveConstant)) *\\")
        }
        lines.append("")
    }

    private mutating func writeConstraints() {
        lines.append("Subject To")
        for row in 0..<model.rowCount {
            let lower = model.rowLower[row]
            let upper = model.rowUpper[row]
            let body = terms(model.rows[row])
            if !lower.isFinite && !upper.isFinite {
                lines.append("\\* \(rowNames[row]): free row omitted *\\")
            } else if lower == upper {
                lines.append(" \(rowNames[row]):\(body) = \(Self.number(lower))")
            } else if isRanged(row) {
                lines.append(" \(rowNames[row]):\(body) - \(slackNames[row]) = \(Self.number(lower))")
            } else if lower.isFinite {
                lines.append(" \(rowNames[row]):\(body) >= \(Self.number(lower))")
            } else {
                lines.append(" \(rowNames[row]):\(body) <= \(Self.number(upper))")
            }
        }
        lines.append("")
    }

    private mutating func writeBounds() {
        var bounds: [String] = []
        for row in 0..<model.rowCount where isRanged(row) {
            bounds.append(" 0 <= \(slackNames[row]) <= \(Self.number(model.rowUpper[row] - model.rowLower[row]))")
        }
        for column in 0..<model.columnCount {
            let name = columnNames[column]
            let lower = model.columnLower[column]
            let upper = model.columnUpper[column]
            switch (lower.isFinite, upper.isFinite) {
            case (false, false): bounds.append(" \(name) free")
            case (true, false): if lower != 0 { bounds.append(" \(name) >= \(Self.number(lower))") }
            case (false, true): bounds.append(" -inf <= \(name) <= \(Self.number(upper))")
            case (true, true):
                bounds.append(lower == upper
                    ? " \(name) = \(Self.number(lower))"
                    : " \(Self.number(lower)) <= \(name) <= \(Self.number(upper))")
            }
        }
        guard !bounds.isEmpty else { return }
        lines.append("Bounds")
        lines += bounds
        lines.append("")
    }

    /// ` + 2 x - y`, or ` 0 x_1` for an empty sum (LP text needs at least one term).
    private func terms(_ entries: [NormalizedModel.Entry]) -> String {
        guard !entries.isEmpty else {
            return columnNames.first.map { " 0 \($0)" } ?? ""
        }
        return entries.map { entry in
            let sign = entry.value < 0 ? "-" : "+"
            let magnitude = abs(entry.value)
            let coefficient = magnitude == 1 ? "" : "\(Self.number(magnitude)) "
            return " \(sign) \(coefficient)\(columnNames[entry.column])"
        }.joined()
    }

    /// The shortest text that reads back as the same `Double`, without a trailing `.0`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
