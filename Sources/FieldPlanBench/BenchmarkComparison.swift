import Foundation

/// A comparison of a new benchmark with an old one: per family and strategy, gap and time.
public struct BenchmarkComparison: Sendable, Hashable {
    /// One family × strategy line of the comparison.
    public struct Row: Sendable, Hashable {
        /// The family, or `nil` for all families.
        public var family: String?
        /// The strategy.
        public var strategy: String
        /// Mean gap in percent of the old valid runs.
        public var oldMeanGap: Double?
        /// Mean gap in percent of the new valid runs.
        public var newMeanGap: Double?
        /// Mean seconds of the old runs.
        public var oldMeanSeconds: Double?
        /// Mean seconds of the new runs.
        public var newMeanSeconds: Double?
        /// Invalid old runs.
        public var oldInvalid: Int
        /// Invalid new runs.
        public var newInvalid: Int

        /// New minus old mean gap, in percentage points.
        public var gapDifference: Double? {
            guard let oldMeanGap, let newMeanGap else { return nil }
            return newMeanGap - oldMeanGap
        }
    }

    /// The rows: every family's strategies, then the overall ones.
    public var rows: [Row]

    /// Compares `new` records with `old` ones (typically read with ``RunsCSV``).
    public init(old: [RunRecord], new: [RunRecord]) {
        let before = BenchmarkStatistics(records: old), after = BenchmarkStatistics(records: new)
        let families = BenchmarkStatistics.ordered(after.families + before.families)
        let strategies = BenchmarkStatistics.ordered(after.strategies + before.strategies)
        var rows: [Row] = []
        for family in families.map(Optional.some) + [nil] {
            for strategy in strategies {
                let a = before.statistics(family: family, strategy: strategy)
                let b = after.statistics(family: family, strategy: strategy)
                guard a != nil || b != nil else { continue }
                rows.append(Row(
                    family: family, strategy: strategy, oldMeanGap: a?.meanGap, newMeanGap: b?.meanGap,
                    oldMeanSeconds: a?.meanSeconds, newMeanSeconds: b?.meanSeconds,
                    oldInvalid: a?.invalidRuns ?? 0, newInvalid: b?.invalidRuns ?? 0))
            }
        }
        self.rows = rows
    }

    /// A plain-text table with aligned columns; a negative gap difference is an improvement.
    public var text: String {
        let header = ["family", "strategy", "gap % old", "gap % new", "Δ gap", "time s old", "time s new", "invalid old→new"]
        let body = rows.map { row in
            [
                row.family ?? "all", row.strategy, NumberText.fixed(row.oldMeanGap), NumberText.fixed(row.newMeanGap),
                NumberText.signed(row.gapDifference), NumberText.fixed(row.oldMeanSeconds),
                NumberText.fixed(row.newMeanSeconds), "\(row.oldInvalid)→\(row.newInvalid)",
            ]
        }
        let table = [header] + body
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { cells in
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column < 2 ? cell + pad : pad + cell
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }

    /// The comparison as a Markdown table.
    public var markdown: String {
        var lines = [
            "| family | strategy | gap % old | gap % new | Δ gap | time s old | time s new | invalid old→new |",
            "|---|---|---:|---:|---:|---:|---:|---:|",
        ]
        for row in rows {
            lines.append(
                "| \(row.family ?? "all") | \(row.strategy) | \(NumberText.fixed(row.oldMeanGap)) | "
                    + "\(NumberText.fixed(row.newMeanGap)) | \(NumberText.signed(row.gapDifference)) | "
                    + "\(NumberText.fixed(row.oldMeanSeconds)) | \(NumberText.fixed(row.newMeanSeconds)) | "
                    + "\(row.oldInvalid)→\(row.newInvalid) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
