import FieldPlanBench
import Testing

@Suite struct RunsCSVTests {
    @Test func headerStartsWithTheFixedColumns() {
        let header = RunsCSV.text([]).split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasPrefix(
            "instance,family,strategy,seed,timeLimit,objective,distance,routes,unassigned,lateness,"
                + "gapPercent,elapsedSeconds,valid"))
    }

    @Test func writerAndReaderRoundTrip() throws {
        let records = [
            RunRecord(
                instance: "C101", family: "C1", strategy: "lns", seed: 18_446_744_073_709_551_615, timeLimit: 10,
                objective: 828.9366, distance: 828.9366, routes: 10, unassigned: 0, lateness: 0,
                gapPercent: 0.12091, elapsedSeconds: 10.0041, valid: true, convention: .exact,
                dimacsDistance: 828.3, bestKnownDistance: 827.3, iterations: 12_345, visits: 100),
            RunRecord(
                instance: "north, \"east\"", family: "demo", strategy: "greedy", seed: 2, timeLimit: nil,
                objective: 1.0e-7, distance: 0, routes: 0, unassigned: 3, lateness: 12.5, gapPercent: nil,
                elapsedSeconds: 0.25, valid: false, convention: .dimacs, iterations: nil, visits: 3,
                violations: ["mandatory-left-out", "summary-mismatch"]),
        ]
        let parsed = try RunsCSV.parse(RunsCSV.text(records))
        #expect(parsed == records)
    }

    @Test func readerToleratesCRLFAndOnlyTheFixedColumns() throws {
        let text = "instance,family,strategy,seed,timeLimit,objective,distance,routes,unassigned,lateness,"
            + "gapPercent,elapsedSeconds,valid\r\nC101,C1,regret,3,,830,830,10,0,0,0.3263,1.5,true\r\n"
        let parsed = try RunsCSV.parse(text)
        #expect(parsed.count == 1)
        #expect(parsed[0].gapPercent == 0.3263)
        #expect(parsed[0].timeLimit == nil)
        #expect(parsed[0].dimacsDistance == 830)
    }

    @Test func aMissingColumnIsReported() {
        #expect(throws: BenchmarkError.self) { try RunsCSV.parse("instance,family\nC101,C1\n") }
    }
}
