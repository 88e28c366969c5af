import FieldPlan
import FieldPlanBench
import Foundation
import Synchronization
import Testing

@Suite struct BenchmarkRunnerTests {
    @Test func setsLoadFromGlobsWithBestKnownValues() throws {
        let set = try BenchmarkSet.load([BenchFixtures.solomonFolder + "/C10[12].txt"])
        #expect(set.instances.map(\.name) == ["C101", "C102"])
        #expect(set.instances.allSatisfy { $0.family == "C1" })
        #expect(set.instances.first?.bestKnown?.distance == 827.3)
        #expect(throws: BenchmarkError.self) { try BenchmarkSet.load([BenchFixtures.solomonFolder + "/Z*.txt"]) }
    }

    @Test func folderListingTakesScenarioFilesOnly() {
        let files = BenchmarkSet.files(matching: BenchFixtures.solomonFolder)
        #expect(files.count == 56)
        #expect(!files.contains { $0.hasSuffix(".csv") || $0.hasSuffix(".md") })
    }

    @Test func exactRunsTakeTheirGapFromTheDIMACSDistance() async throws {
        let instance = try #require(try BenchmarkSet.load([BenchFixtures.solomonFolder + "/C101.txt"]).instances.first)
        let exact = BenchmarkConfiguration(strategies: ["greedy"], timeLimit: nil, iterations: 1, convention: .exact)
        let problem = try Problem(scenario: instance.scenario, convention: .exact)
        let plan = try await Planner().plan(problem, strategy: "greedy", options: PlanningOptions(timeLimit: nil, iterationLimit: 1))
        let record = BenchmarkRunner.record(
            plan: plan, instance: instance, strategy: "greedy", seed: 1, configuration: exact, elapsedSeconds: 0.1)
        let dimacs = PlanValidator(scenario: instance.scenario, convention: .dimacs).validate(plan).recomputed.distance
        #expect(record.valid)
        #expect(record.convention == .exact)
        #expect(record.dimacsDistance == dimacs)
        #expect(record.distance > record.dimacsDistance)
        let gap = try #require(record.gapPercent)
        #expect(abs(gap - (dimacs - 827.3) / 827.3 * 100) < 1e-9)

        let inDIMACS = BenchmarkConfiguration(strategies: ["greedy"], timeLimit: nil, iterations: 1, convention: .dimacs)
        let dimacsProblem = try Problem(scenario: instance.scenario, convention: .dimacs)
        let dimacsPlan = try await Planner().plan(
            dimacsProblem, strategy: "greedy", options: PlanningOptions(timeLimit: nil, iterationLimit: 1))
        let dimacsRecord = BenchmarkRunner.record(
            plan: dimacsPlan, instance: instance, strategy: "greedy", seed: 1, configuration: inDIMACS, elapsedSeconds: 0.1)
        #expect(dimacsRecord.distance == dimacsRecord.dimacsDistance)
        #expect(dimacsRecord.gapPercent == RunRecord.gapPercent(distance: dimacsRecord.distance, bestKnown: 827.3))
    }

    @Test func anInvalidPlanIsAFailedRun() throws {
        let instance = try #require(try BenchmarkSet.load([BenchFixtures.solomonFolder + "/C101.txt"]).instances.first)
        let empty = Plan(routes: [], unassigned: [], summary: PlanSummary(
            distance: 0, travelTime: 0, routes: 0, assigned: 0, unassigned: 0, lateness: 0, overtime: 0, cost: 0,
            strategy: "none", seed: 1, elapsedSeconds: 0, distanceConvention: .dimacs))
        let record = BenchmarkRunner.record(
            plan: empty, instance: instance, strategy: "none", seed: 1,
            configuration: BenchmarkConfiguration(strategies: ["none"]), elapsedSeconds: 0)
        #expect(!record.valid)
        #expect(record.violations.contains("mandatory-left-out"))
        let statistics = StrategyStatistics(family: "C1", strategy: "none", records: [record])
        #expect(statistics.invalidRuns == 1)
        #expect(statistics.meanGap == nil)
    }

    @Test func badConfigurationsAreRejectedBeforeRunning() async throws {
        let set = try BenchmarkSet.load([BenchFixtures.solomonFolder + "/C101.txt"])
        await #expect(throws: BenchmarkError.self) {
            try await BenchmarkRunner(configuration: BenchmarkConfiguration(strategies: ["nope"])).run(set)
        }
        await #expect(throws: BenchmarkError.self) {
            try await BenchmarkRunner(configuration: BenchmarkConfiguration(strategies: ["greedy"], timeLimit: nil)).run(set)
        }
    }

    @Test func endToEndOnASolomonAndAGeneratedInstance() async throws {
        let folder = try BenchFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = try ScenarioGenerator.generate(visits: 20, technicians: 4, seed: 5, kind: .clustered, windows: .wide)
        let generatedPath = folder.appendingPathComponent("generated.json").path
        try JSONEncoder().encode(scenario).write(to: URL(fileURLWithPath: generatedPath))
        let set = try BenchmarkSet.load([BenchFixtures.solomonFolder + "/C101.txt", generatedPath])
        let configuration = BenchmarkConfiguration(
            strategies: ["greedy"], seeds: [1], timeLimit: nil, iterations: 1, convention: .dimacs, jobs: 2)
        let reports = Mutex<[BenchmarkProgress]>([])
        let records = try await BenchmarkRunner(configuration: configuration).run(set) { progress in
            reports.withLock { $0.append(progress) }
        }
        #expect(records.map(\.instance) == ["C101", "generated"])
        #expect(records.map(\.family) == ["C1", BenchmarkFamily.name(instance: "generated", folder: folder.lastPathComponent)])
        #expect(records.allSatisfy { $0.valid }, "\(records.map(\.violations))")
        #expect(records[0].gapPercent != nil)
        #expect(records[1].gapPercent == nil)
        #expect(reports.withLock { $0.map(\.completed) } == [1, 2])
        #expect(reports.withLock { $0.last?.total } == 2)

        let out = folder.appendingPathComponent("out")
        let written = try BenchmarkRunner.writeOutputs(
            records, to: out.path, comparison: BenchmarkComparison(old: records, new: records))
        #expect(written.map { URL(fileURLWithPath: $0).lastPathComponent }
            == ["runs.csv", "summary.md", "report.html", "comparison.txt"])
        let reread = try RunsCSV.read(contentsOf: out.appendingPathComponent("runs.csv").path)
        #expect(reread.map(\.instance) == ["C101", "generated"])
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<svg"))
    }
}
