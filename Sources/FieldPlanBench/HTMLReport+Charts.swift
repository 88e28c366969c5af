import Foundation

extension HTMLReport {
    /// Chart (a): mean gap per instance and strategy (whiskers from best to worst seed).
    static func gapChart(_ records: [RunRecord], strategies: [String], colors: [String: String]) -> String {
        let instances = BenchmarkStatistics.ordered(records.map(\.instance))
        let validGaps = records.filter(\.valid).compactMap(\.gapPercent)
        guard !validGaps.isEmpty else {
            return "<p>No gap chart: no valid run has a best-known value to compare with.</p>"
        }
        let low = min(0, validGaps.min() ?? 0), high = max(validGaps.max() ?? 1, 0.1)
        var chart = SVGChart(
            title: "Gap to best-known per instance", xLabel: "instance", yLabel: "gap to best-known (%)",
            xRange: -0.5...(Double(instances.count) - 0.5), yRange: SVGChart.niceRange(low, high),
            categories: instances)
        chart.legend = strategies.map { ($0, colors[$0] ?? "#000") }
        chart.note = "dot: mean over seeds; ×: invalid"
        let width = 0.7 / Double(max(1, strategies.count))
        for (i, instance) in instances.enumerated() {
            for (s, strategy) in strategies.enumerated() {
                let runs = records.filter { $0.instance == instance && $0.strategy == strategy }
                let x = Double(i) + (Double(s) - Double(strategies.count - 1) / 2) * width
                let color = colors[strategy] ?? "#000"
                let gaps = runs.filter(\.valid).compactMap(\.gapPercent)
                if let lowest = gaps.min(), let highest = gaps.max() {
                    if gaps.count > 1 { chart.whisker(x, low: lowest, high: highest, color: color) }
                    let mean = gaps.reduce(0, +) / Double(gaps.count)
                    chart.dot(x, mean, color: color, tooltip: "\(instance) \(strategy): \(NumberText.fixed(mean, 3)) %")
                }
                let invalid = runs.filter { !$0.valid }.count
                if invalid > 0 {
                    chart.cross(x, chart.yRange.lowerBound, color: color,
                                tooltip: "\(instance) \(strategy): \(invalid) invalid run(s)")
                }
            }
        }
        return chart.render()
    }

    /// Chart (b): mean best gap over time per strategy, from the progress traces.
    static func convergenceChart(_ records: [RunRecord], strategies: [String], colors: [String: String]) -> String {
        let runs = records.filter { $0.valid && !$0.trace.isEmpty }
        guard !runs.isEmpty else {
            return "<p>No convergence chart: no valid run reported progress.</p>"
        }
        let gapMode = runs.allSatisfy { $0.bestKnownDistance != nil && ($0.trace.last?.bestCost ?? 0) > 0 }
        let horizon = max(runs.map { max($0.elapsedSeconds, $0.trace.last?.elapsedSeconds ?? 0) }.max() ?? 0, 1e-3)
        let grid = (0...60).map { horizon * Double($0) / 60 }
        var curves: [(String, [(Double, Double)])] = []
        for strategy in strategies {
            let own = runs.filter { $0.strategy == strategy }
            var points: [(Double, Double)] = []
            for t in grid {
                let values = own.compactMap { value(of: $0, at: t, gapMode: gapMode) }
                if !values.isEmpty { points.append((t, values.reduce(0, +) / Double(values.count))) }
            }
            if !points.isEmpty { curves.append((strategy, points)) }
        }
        let all = curves.flatMap { $0.1.map(\.1) }
        let finals = curves.compactMap { $0.1.last?.1 }
        let high = max(min(all.max() ?? 1, max(4 * (finals.max() ?? 0), 5)), 0.1)
        let low = min(0, all.min() ?? 0)
        var chart = SVGChart(
            title: gapMode ? "Convergence: mean best gap over time" : "Convergence: mean best objective over time",
            xLabel: "time since the run started (s)",
            yLabel: gapMode ? "best gap to best-known (%)" : "best objective above final (%)",
            xRange: 0...horizon, yRange: SVGChart.niceRange(low, high))
        chart.legend = curves.map { ($0.0, colors[$0.0] ?? "#000") }
        chart.note = (all.max() ?? 0) > chart.yRange.upperBound ? "early values clipped at the top" : nil
        for (strategy, points) in curves {
            chart.line(points, color: colors[strategy] ?? "#000")
        }
        return chart.render()
    }

    /// A run's best value at time `t`: its gap (the trace scaled so its end is the run's DIMACS
    /// distance) or its best objective above the final one, in percent; `nil` before its first plan.
    static func value(of run: RunRecord, at t: Double, gapMode: Bool) -> Double? {
        guard let point = run.trace.last(where: { $0.elapsedSeconds <= t }), let final = run.trace.last?.bestCost
        else { return nil }
        if gapMode, let bestKnown = run.bestKnownDistance {
            let distance = point.bestCost / final * run.dimacsDistance
            return RunRecord.gapPercent(distance: distance, bestKnown: bestKnown)
        }
        return (point.bestCost - final) / max(abs(final), 1e-9) * 100
    }

    /// Chart (c): milliseconds per iteration against visits, one dot per run.
    static func iterationTimeChart(_ records: [RunRecord], strategies: [String], colors: [String: String]) -> String {
        let runs = records.filter { ($0.iterations ?? 0) > 0 }
        guard !runs.isEmpty else {
            return "<p>No iteration-time chart: no run reported iterations.</p>"
        }
        let perIteration = runs.map { $0.elapsedSeconds * 1000 / Double($0.iterations ?? 1) }
        let maxVisits = Double(runs.map(\.visits).max() ?? 1)
        var chart = SVGChart(
            title: "Time per iteration by instance size", xLabel: "visits in the instance",
            yLabel: "time per iteration (ms)", xRange: SVGChart.niceRange(0, maxVisits),
            yRange: SVGChart.niceRange(0, max(perIteration.max() ?? 1, 1e-3)))
        chart.legend = strategies.map { ($0, colors[$0] ?? "#000") }
        for (run, milliseconds) in zip(runs, perIteration) {
            chart.dot(
                Double(run.visits), milliseconds, color: colors[run.strategy] ?? "#000", radius: 3.5,
                tooltip: "\(run.instance) \(run.strategy) seed \(run.seed): \(NumberText.fixed(milliseconds, 3)) ms")
        }
        return chart.render()
    }
}
