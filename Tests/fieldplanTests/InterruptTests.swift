import FieldPlanTestSupport
import Foundation
import Testing

/// Ctrl-C on a real `fieldplan solve`: the search stops at once and the best plan so far is
/// written and valid.
@Suite struct InterruptTests {
    @Test func ctrlCStopsASolveWithTheBestPlanSoFar() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let planPath = scratch.path("plan.json")
        let errorURL = scratch.url.appendingPathComponent("stderr")
        try Data().write(to: errorURL)
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        let process = Process()
        process.executableURL = try CommandLineRun.executable()
        process.currentDirectoryURL = CommandLineRun.packageRoot
        process.arguments = [
            "solve", "Scenarios/demo/next-day.json", "--strategy", "lns", "--time-limit", "600",
            "--threads", "1", "--output", planPath,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // Interrupt once the search has reported progress (its construction is done).
        let started = ContinuousClock.now
        while process.isRunning, started.duration(to: .now) < .seconds(TestTiming.seconds(60)) {
            let log = String(decoding: (try? Data(contentsOf: errorURL)) ?? Data(), as: UTF8.self)
            if log.contains("best") { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        try #require(process.isRunning, "the solve ended before it was interrupted")
        let interrupted = ContinuousClock.now
        kill(process.processIdentifier, SIGINT)
        while process.isRunning, interrupted.duration(to: .now) < .seconds(TestTiming.seconds(30)) {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(!process.isRunning, "still running after Ctrl-C")
        #expect(interrupted.duration(to: .now) < .seconds(TestTiming.seconds(30)))
        try errorHandle.close()
        let log = String(decoding: try Data(contentsOf: errorURL), as: UTF8.self)
        #expect(log.contains("interrupted: keeping the best plan so far"), "stderr: \(log)")
        #expect([0, 1].contains(process.terminationStatus), "exit \(process.terminationStatus), stderr: \(log)")

        let validate = try CommandLineRun.fieldplan("validate", "Scenarios/demo/next-day.json", planPath)
        #expect(validate.status == 0, "stdout: \(validate.output)\nstderr: \(validate.error)")
        #expect(validate.output.contains("plan is valid"))
    }
}

/// Ctrl-C on a real `fieldplan prove`: the tree search stops at once, reports what it proved and
/// writes the best plan, which is valid.
@Suite struct ProveInterruptTests {
    @Test func ctrlCStopsAProofWithWhatItProved() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.remove() }
        let planPath = scratch.path("plan.json"), outputPath = scratch.path("proof.json")
        let errorURL = scratch.url.appendingPathComponent("stderr")
        try Data().write(to: errorURL)
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        let process = Process()
        process.executableURL = try CommandLineRun.executable()
        process.currentDirectoryURL = CommandLineRun.packageRoot
        process.arguments = [
            "prove", "Scenarios/solomon/R112.txt", "--distance", "dimacs", "--cost-step", "0.1", "--time-limit", "600",
            "--search-time", "2", "--output", outputPath, "--plan-output", planPath,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // Interrupt once the tree search has started (the starting plan is found).
        let started = ContinuousClock.now
        while process.isRunning, started.duration(to: .now) < .seconds(TestTiming.seconds(60)) {
            let log = String(decoding: (try? Data(contentsOf: errorURL)) ?? Data(), as: UTF8.self)
            if log.contains("proving:") { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        try #require(process.isRunning, "the proof ended before it was interrupted")
        try await Task.sleep(for: .milliseconds(500))
        let interrupted = ContinuousClock.now
        kill(process.processIdentifier, SIGINT)
        while process.isRunning, interrupted.duration(to: .now) < .seconds(TestTiming.seconds(30)) {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(!process.isRunning, "still running after Ctrl-C")
        try errorHandle.close()
        let log = String(decoding: try Data(contentsOf: errorURL), as: UTF8.self)
        #expect(log.contains("interrupted: reporting what is proved so far"), "stderr: \(log)")
        #expect(process.terminationStatus == 0, "exit \(process.terminationStatus), stderr: \(log)")

        let proof = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(filePath: outputPath))) as? [String: Any])
        #expect(proof["optimal"] as? Bool == false)
        #expect(proof["cost"] is Double)
        let validate = try CommandLineRun.fieldplan("validate", "Scenarios/solomon/R112.txt", planPath, "--distance", "dimacs")
        #expect(validate.status == 0, "stdout: \(validate.output)\nstderr: \(validate.error)")
        #expect(validate.output.contains("plan is valid"))
    }
}
