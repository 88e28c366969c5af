import FieldPlan

/// A self-contained HTML benchmark report: summary tables and inline SVG charts, no scripts.
///
/// Charts: (a) gap per instance and strategy, (b) convergence of the mean best gap over time (or of
/// the best objective relative to the final one when best-known values are missing), (c) time per
/// iteration against instance size.
public enum HTMLReport {
    /// The report of `records`.
    public static func render(
        _ records: [RunRecord], title: String = "FieldPlan benchmark", comparison: BenchmarkComparison? = nil
    ) -> String {
        let statistics = BenchmarkStatistics(records: records)
        let colors = Dictionary(uniqueKeysWithValues: statistics.strategies.enumerated().map {
            ($0.element, SVGChart.palette[$0.offset % SVGChart.palette.count])
        })
        var body: [String] = []
        body.append("<h1>\(HTMLEscaping.escape(title))</h1>")
        body.append(contentsOf: SummaryMarkdown.preamble(records).map { "<p>\(HTMLEscaping.escape($0.replacingOccurrences(of: "`", with: "")))</p>" })
        body.append("<h2>Overall</h2>")
        body.append(table(statistics.overall))
        for family in statistics.families {
            body.append("<h2>Family \(HTMLEscaping.escape(family))</h2>")
            body.append(table(statistics.byFamily.filter { $0.family == family }))
        }
        if let comparison {
            body.append("<h2>Compared with the previous runs</h2>")
            body.append("<pre>\(HTMLEscaping.escape(comparison.text))</pre>")
        }
        body.append("<h2>Charts</h2>")
        body.append("<figure>\(gapChart(records, strategies: statistics.strategies, colors: colors))</figure>")
        body.append("<figure>\(convergenceChart(records, strategies: statistics.strategies, colors: colors))</figure>")
        body.append("<figure>\(iterationTimeChart(records, strategies: statistics.strategies, colors: colors))</figure>")
        body.append("<h2>Invalid runs</h2>")
        if statistics.invalidRuns.isEmpty {
            body.append("<p>None: the validator accepted every plan.</p>")
        } else {
            body.append("<ul>")
            for run in statistics.invalidRuns {
                let codes = run.violations.isEmpty ? "rejected by the validator" : run.violations.joined(separator: ", ")
                body.append("<li>\(HTMLEscaping.escape("\(run.instance) · \(run.strategy) · seed \(run.seed): \(codes)"))</li>")
            }
            body.append("</ul>")
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLEscaping.escape(title))</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; padding: 0 1em; }
            table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            th { background: #f2f2f2; }
            figure { margin: 1.5em 0; overflow-x: auto; }
            pre { background: #f7f7f7; padding: 0.8em; overflow-x: auto; }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// An HTML table of statistics rows.
    static func table(_ rows: [StrategyStatistics]) -> String {
        var lines = [
            "<table>",
            "<tr><th>strategy</th><th>runs</th><th>valid</th><th>mean gap %</th><th>median gap %</th>"
                + "<th>max gap %</th><th>mean time s</th><th>at BKS</th></tr>",
        ]
        for row in rows {
            let atBest = row.runsWithGap == 0 ? "–" : "\(row.matchingBestKnown)/\(row.runsWithGap)"
            let cells = [
                "\(row.runs)", "\(row.validRuns)", NumberText.fixed(row.meanGap), NumberText.fixed(row.medianGap),
                NumberText.fixed(row.maxGap), NumberText.fixed(row.meanSeconds), atBest,
            ]
            lines.append(
                "<tr><td>\(HTMLEscaping.escape(row.strategy))</td>"
                    + cells.map { "<td class=\"num\">\($0)</td>" }.joined() + "</tr>")
        }
        lines.append("</table>")
        return lines.joined(separator: "\n")
    }
}
