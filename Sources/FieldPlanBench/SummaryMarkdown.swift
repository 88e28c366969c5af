import FieldPlan

/// The Markdown summary of a benchmark: per family and overall, per strategy, and invalid runs.
public enum SummaryMarkdown {
    /// The summary of `records`.
    public static func render(_ records: [RunRecord], title: String = "Benchmark summary") -> String {
        let statistics = BenchmarkStatistics(records: records)
        var lines = ["# \(title)", ""]
        lines.append(contentsOf: preamble(records))
        lines.append("")
        lines.append("## Overall")
        lines.append("")
        lines.append(contentsOf: table(statistics.overall))
        for family in statistics.families {
            lines.append("")
            lines.append("## Family \(family)")
            lines.append("")
            lines.append(contentsOf: table(statistics.byFamily.filter { $0.family == family }))
        }
        lines.append("")
        lines.append("## Invalid runs")
        lines.append("")
        if statistics.invalidRuns.isEmpty {
            lines.append("None: the validator accepted every plan.")
        } else {
            for run in statistics.invalidRuns {
                let codes = run.violations.isEmpty ? "rejected by the validator" : run.violations.joined(separator: ", ")
                lines.append("- \(run.instance) · \(run.strategy) · seed \(run.seed): \(codes)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What was run and how gaps are measured.
    static func preamble(_ records: [RunRecord]) -> [String] {
        let conventions = BenchmarkStatistics.ordered(records.map(\.convention.rawValue))
        let instances = Set(records.map(\.instance)).count
        let seeds = Set(records.map(\.seed)).sorted().map(String.init).joined(separator: ", ")
        let limits = BenchmarkStatistics.ordered(records.map { $0.timeLimit.map { NumberText.fixed($0, 1) + " s" } ?? "none" })
        return [
            "\(records.count) runs: \(instances) instances, seeds \(seeds.isEmpty ? "–" : seeds), "
                + "time limit \(limits.isEmpty ? "–" : limits.joined(separator: ", ")).",
            "Runs solved in the \(conventions.isEmpty ? "–" : conventions.joined(separator: ", ")) distance "
                + "convention. Gaps are `(distance − best-known) / best-known × 100` with the distance "
                + "recomputed in the DIMACS convention (arcs truncated to one decimal), the convention of the "
                + "best-known values. Invalid runs are counted but never enter the gap statistics; "
                + "\"at BKS\" counts valid runs within \(RunRecord.matchTolerancePercent) % of the best-known value.",
        ]
    }

    /// A Markdown table of statistics rows.
    static func table(_ rows: [StrategyStatistics]) -> [String] {
        var lines = [
            "| strategy | runs | valid | mean gap % | median gap % | max gap % | mean time s | at BKS |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for row in rows {
            let atBest = row.runsWithGap == 0 ? "–" : "\(row.matchingBestKnown)/\(row.runsWithGap)"
            lines.append(
                "| \(row.strategy) | \(row.runs) | \(row.validRuns) | \(NumberText.fixed(row.meanGap)) | "
                    + "\(NumberText.fixed(row.medianGap)) | \(NumberText.fixed(row.maxGap)) | "
                    + "\(NumberText.fixed(row.meanSeconds)) | \(atBest) |")
        }
        return lines
    }
}
