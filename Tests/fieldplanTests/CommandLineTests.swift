import Foundation
import Testing

/// The `fieldplan` executable, run as a subprocess: help, exit codes, located errors, and a full
/// solve → validate round trip on the demo scenario.
@Suite struct CommandLineTests {
    private let demo = "Scenarios/demo/next-day.json"

    /// A scratch file holding `text`, removed by the caller.
    private func scratchFile(_ text: String, extension pathExtension: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("fieldplan-\(UUID().uuidString)").appendingPathExtension(pathExtension)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func helpListsEverySubcommand() throws {
        let run = try CommandLineRun.fieldplan("--help")
        #expect(run.status == 0)
        #expect(run.output.contains("USAGE: fieldplan <subcommand>"))
        let section = (run.output.components(separatedBy: "SUBCOMMANDS:").last ?? "")
            .components(separatedBy: "\n\n").first ?? ""
        let names = section.split(separator: "\n").compactMap { line -> String? in
            line.hasPrefix("  ") && !line.hasPrefix("   ") ? line.split(separator: " ").first.map(String.init) : nil
        }
        #expect(names == [
            "solve", "validate", "compare", "report", "info", "strategies", "bench", "generate", "bound", "prove", "explain",
            "plan", "replan", "serve", "worker",
        ])
    }

    @Test func solveHelpNamesItsOptions() throws {
        let run = try CommandLineRun.fieldplan("solve", "--help")
        #expect(run.status == 0)
        for option in ["--strategy", "--time-limit", "--iterations", "--seed", "--threads", "--regret-k",
                       "--distance", "--objective", "--format", "--output", "--quiet"] {
            #expect(run.output.contains(option), "solve --help lacks \(option)")
        }
    }

    @Test func strategiesListsTheStandardNames() throws {
        let run = try CommandLineRun.fieldplan("strategies")
        #expect(run.status == 0)
        let names = run.output.split(separator: "\n").map(String.init)
        #expect(names.contains("greedy"))
        #expect(names.contains("regret"))
    }

    @Test func malformedScenarioIsBadInputWithALocatedMessage() throws {
        let file = try scratchFile("{\n  \"technicians\": [\n    {\"id\": \"a\",, }\n  ]\n}\n", extension: "json")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try CommandLineRun.fieldplan("solve", file.path, "--quiet")
        #expect(run.status == 2)
        #expect(run.error.hasPrefix(file.path + ": "), "stderr: \(run.error)")
        #expect(run.error.contains("line 3"), "stderr: \(run.error)")
    }

    @Test func invalidScenarioReportsThePathOfTheField() throws {
        let file = try scratchFile(#"{"technicians": [], "visits": [{"id": "v1", "duration": 30}]}"#, extension: "json")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try CommandLineRun.fieldplan("info", file.path)
        #expect(run.status == 2)
        #expect(run.error.hasPrefix(file.path + ": "), "stderr: \(run.error)")
        #expect(run.error.contains("visits[0]"), "stderr: \(run.error)")
    }

    @Test func unrecognisedFileIsBadInput() throws {
        let file = try scratchFile("Dear dispatcher,\nplease plan tomorrow.\n", extension: "txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try CommandLineRun.fieldplan("info", file.path)
        #expect(run.status == 2)
        #expect(run.error.contains(file.path), "stderr: \(run.error)")
    }

    @Test func missingFileIsBadInput() throws {
        let run = try CommandLineRun.fieldplan("info", "/nonexistent/scenario.json")
        #expect(run.status == 2)
        #expect(run.error.contains("/nonexistent/scenario.json"))
    }

    @Test func unknownStrategyIsBadInputAndListsTheStrategies() throws {
        let run = try CommandLineRun.fieldplan("solve", demo, "--strategy", "telepathy", "--quiet")
        #expect(run.status == 2)
        #expect(run.error.contains("telepathy"))
        #expect(run.error.contains("greedy"))
    }

    @Test func unknownOptionIsBadInput() throws {
        let run = try CommandLineRun.fieldplan("solve", demo, "--colour", "blue")
        #expect(run.status == 2)
        #expect(run.error.contains("--colour"))
    }

    @Test func infoDescribesTheDemo() throws {
        let run = try CommandLineRun.fieldplan("info", demo)
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.output.contains("technicians"))
        #expect(run.output.contains("Skills"))
        #expect(run.output.contains("No obvious infeasibility"))
    }

    @Test func greedySolvesTheDemoAndTheWrittenPlanValidates() throws {
        let plan = FileManager.default.temporaryDirectory
            .appendingPathComponent("fieldplan-plan-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: plan) }
        let solve = try CommandLineRun.fieldplan(
            "solve", demo, "--strategy", "greedy", "--time-limit", "5", "--quiet", "--output", plan.path)
        #expect(solve.status == 0, "stdout: \(solve.output)\nstderr: \(solve.error)")
        #expect(solve.output.contains("Validation: plan is valid"))
        #expect(FileManager.default.fileExists(atPath: plan.path))

        let validate = try CommandLineRun.fieldplan("validate", demo, plan.path)
        #expect(validate.status == 0, "stdout: \(validate.output)\nstderr: \(validate.error)")
        #expect(validate.output.contains("plan is valid"))
    }

    @Test func planToStandardOutputMovesTheSummaryToStandardError() throws {
        let run = try CommandLineRun.fieldplan(
            "solve", demo, "--strategy", "greedy", "--time-limit", "5", "--quiet", "--output", "-")
        #expect(run.status == 0, "stderr: \(run.error)")
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect(json?["routes"] != nil)
        #expect(run.error.contains("Routes"))
    }
}
