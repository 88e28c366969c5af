import FieldPlanBench
import Testing

@Suite struct StatisticsTests {
    /// Three valid C1 runs (gaps 1, 2, 6), one invalid run with a huge gap, one R1 run.
    static let records = [
        BenchFixtures.record("C101", gap: 1, seconds: 1),
        BenchFixtures.record("C102", gap: 6, seconds: 2),
        BenchFixtures.record("C103", gap: 2, seconds: 3),
        BenchFixtures.record("C104", gap: 500, seconds: 6, valid: false),
        BenchFixtures.record("R101", family: "R1", gap: 0.004, seconds: 3),
    ]

    @Test func invalidRunsAreCountedButNeverAveraged() throws {
        let statistics = BenchmarkStatistics(records: Self.records)
        let c1 = try #require(statistics.statistics(family: "C1", strategy: "greedy"))
        #expect(c1.runs == 4)
        #expect(c1.validRuns == 3)
        #expect(c1.invalidRuns == 1)
        #expect(c1.meanGap == 3)
        #expect(c1.medianGap == 2)
        #expect(c1.maxGap == 6)
        #expect(c1.meanSeconds == 3)
        #expect(c1.matchingBestKnown == 0)
        let overall = try #require(statistics.statistics(family: nil, strategy: "greedy"))
        #expect(overall.runs == 5)
        #expect(overall.validRuns == 4)
        #expect(overall.medianGap == 1.5)
        #expect(overall.matchingBestKnown == 1)
        #expect(statistics.invalidRuns.map(\.instance) == ["C104"])
    }

    @Test func summaryMarkdownShowsMeanMedianMaxAndInvalidRuns() {
        let markdown = SummaryMarkdown.render(Self.records)
        #expect(markdown.contains("## Family C1"))
        #expect(markdown.contains("| greedy | 4 | 3 | 3.00 | 2.00 | 6.00 | 3.00 | 0/3 |"))
        #expect(markdown.contains("| greedy | 1 | 1 | 0.00 | 0.00 | 0.00 | 3.00 | 1/1 |"))
        #expect(markdown.contains("| greedy | 5 | 4 | 2.25 | 1.50 | 6.00 | 3.00 | 1/4 |"))
        #expect(markdown.contains("- C104 · greedy · seed 1: mandatory-left-out"))
        #expect(markdown.contains("DIMACS"))
    }

    @Test func comparisonShowsOldNewAndDifference() throws {
        let old = [BenchFixtures.record("C101", gap: 4, seconds: 2), BenchFixtures.record("C102", gap: 2, seconds: 4)]
        let new = [BenchFixtures.record("C101", gap: 1, seconds: 1), BenchFixtures.record("C102", gap: 2, seconds: 1)]
        let comparison = BenchmarkComparison(old: old, new: new)
        let row = try #require(comparison.rows.first { $0.family == "C1" && $0.strategy == "greedy" })
        #expect(row.oldMeanGap == 3)
        #expect(row.newMeanGap == 1.5)
        #expect(row.gapDifference == -1.5)
        #expect(row.oldMeanSeconds == 3)
        #expect(row.newMeanSeconds == 1)
        #expect(comparison.rows.contains { $0.family == nil })
        #expect(comparison.text.contains("-1.50"))
    }

    @Test func htmlReportIsSelfContainedWithThreeCharts() {
        var records = Self.records
        records[0].trace = [TracePoint(elapsedSeconds: 0, bestCost: 120), TracePoint(elapsedSeconds: 0.5, bestCost: 100)]
        records[0].bestKnownDistance = 99
        records[0].iterations = 10
        records[0].visits = 100
        let html = HTMLReport.render(records)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        #expect(!html.contains("<script"))
        #expect(html.contains("C104 · greedy · seed 1"))
    }
}
