import Foundation
import Testing

/// `fieldplan generate`, run as a subprocess: determinism and a scenario the tool reads back.
@Suite struct GenerateCommandTests {
    @Test func sameSeedGivesTheSameBytesAndInfoReadsTheScenario() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let arguments = ["generate", "--visits", "25", "--technicians", "4", "--seed", "42",
                         "--kind", "clustered", "--windows", "mixed", "--output"]
        let first = try CommandLineRun.fieldplan(arguments: arguments + [folder.path("first.json")])
        let second = try CommandLineRun.fieldplan(arguments: arguments + [folder.path("second.json")])
        #expect(first.status == 0, "stderr: \(first.error)")
        #expect(second.status == 0, "stderr: \(second.error)")
        let a = try Data(contentsOf: folder.url.appendingPathComponent("first.json"))
        let b = try Data(contentsOf: folder.url.appendingPathComponent("second.json"))
        #expect(!a.isEmpty)
        #expect(a == b)

        let info = try CommandLineRun.fieldplan("info", folder.path("first.json"))
        #expect(info.status == 0, "stderr: \(info.error)")
        #expect(info.output.contains("generated-clustered-mixed-25x4-seed42"))
    }

    @Test func anotherSeedGivesAnotherScenarioOnStandardOutput() throws {
        let one = try CommandLineRun.fieldplan("generate", "--visits", "10", "--technicians", "2", "--seed", "1")
        let two = try CommandLineRun.fieldplan("generate", "--visits", "10", "--technicians", "2", "--seed", "2")
        #expect(one.status == 0, "stderr: \(one.error)")
        #expect(one.output != two.output)
        let json = try JSONSerialization.jsonObject(with: Data(one.output.utf8)) as? [String: Any]
        #expect((json?["visits"] as? [Any])?.count == 10)
    }

    @Test func noTechnicianIsBadInput() throws {
        let run = try CommandLineRun.fieldplan("generate", "--visits", "10", "--technicians", "0")
        #expect(run.status == 2)
        #expect(run.error.contains("--technicians"))
    }
}
