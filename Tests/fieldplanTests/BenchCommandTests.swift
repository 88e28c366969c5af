import Foundation
import Testing

/// `fieldplan bench`, run as a subprocess on two small Solomon instances with the greedy strategy.
@Suite struct BenchCommandTests {
    private let header = "instance,family,strategy,seed,timeLimit,objective,distance,routes,unassigned,"
        + "lateness,gapPercent,elapsedSeconds,valid"

    /// Runs a one-iteration greedy benchmark on C101 and C102 into `out`.
    private func bench(out: String, _ extra: String...) throws -> CommandLineRun {
        try CommandLineRun.fieldplan(
            arguments: ["bench", "Scenarios/solomon/C10[12].txt", "--strategies", "greedy", "--iterations", "1",
             "--seeds", "1", "--out", out] + extra)
    }

    @Test func writesTheRunsTheSummaryAndTheReport() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let out = folder.path("bench")
        let run = try bench(out: out)
        #expect(run.status == 0, "stdout: \(run.output)\nstderr: \(run.error)")
        for name in ["runs.csv", "summary.md", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name) missing")
        }
        let csv = try String(contentsOfFile: out + "/runs.csv", encoding: .utf8)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix(header) == true, "header: \(lines.first ?? "")")
        #expect(lines.count == 3)
        #expect(lines.dropFirst().map { $0.split(separator: ",").first.map(String.init) } == ["C101", "C102"])
        #expect(run.output.hasPrefix("# Benchmark summary"))
        #expect(run.output.contains("| greedy |"))
        #expect(run.error.contains("2/2"), "stderr: \(run.error)")
    }

    @Test func compareAgainstTheRunsJustWrittenPrintsTheDifferences() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let first = try bench(out: folder.path("old"))
        #expect(first.status == 0, "stderr: \(first.error)")
        let second = try bench(out: folder.path("new"), "--compare", folder.path("old") + "/runs.csv")
        #expect(second.status == 0, "stderr: \(second.error)")
        #expect(second.output.contains("Compared with the previous runs"))
        #expect(second.output.contains("| C1 | greedy |"))
        #expect(second.output.contains("| all | greedy |"))
        #expect(FileManager.default.fileExists(atPath: folder.path("new") + "/comparison.txt"))
    }

    @Test func anEmptyFolderIsBadInput() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path("empty"), withIntermediateDirectories: true)
        let run = try CommandLineRun.fieldplan(
            "bench", folder.path("empty"), "--strategies", "greedy", "--out", folder.path("out"))
        #expect(run.status == 2)
        #expect(run.error.contains("no scenario files"), "stderr: \(run.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }

    @Test func anUnknownStrategyIsBadInput() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let run = try CommandLineRun.fieldplan(
            "bench", "Scenarios/solomon/C101.txt", "--strategies", "greedy,telepathy", "--out", folder.path("out"))
        #expect(run.status == 2)
        #expect(run.error.contains("telepathy"), "stderr: \(run.error)")
    }

    @Test func anOutputFolderInsideAFileIsBadInput() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try Data().write(to: folder.url.appendingPathComponent("file"))
        let run = try bench(out: folder.path("file") + "/out")
        #expect(run.status == 2)
        #expect(run.error.contains("cannot create the output folder"), "stderr: \(run.error)")
    }
}
