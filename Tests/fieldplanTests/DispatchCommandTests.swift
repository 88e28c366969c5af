import Foundation
import Testing

/// `fieldplan plan` and `fieldplan replan` as subprocesses: outputs, located errors, exit codes.
@Suite struct DispatchCommandTests {
    @Test func theBundledDemoCSVsPlanWithEveryOutput() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let out = folder.path("plans/2026-11-30")
        let run = try CommandLineRun.fieldplan(
            "plan", "--date", "2026-11-30", "--technicians", "Scenarios/demo/team.csv",
            "--visits", "Scenarios/demo/visits.csv", "--config", "Scenarios/demo/planning.yaml", "--out", out,
            "--strategy", "regret", "--threads", "1", "--quiet")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Validation: plan is valid"))
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: out))
        for name in ["plan.json", "itineraries.csv", "report.html"] { #expect(files.contains(name), "no \(name)") }
        let technicians = ["anna", "ben", "cem", "dana", "emil", "fatma", "greta", "hannes", "ida", "jonas", "katrin", "lukas"]
        #expect(files.filter { $0.hasSuffix(".ics") } == Set(technicians.map { $0 + ".ics" }))

        let events = folder.path("events.json")
        try Data(#"{"sick": ["dana"], "newVisits": [{"id": "U1", "location": {"lat": 52.5, "lon": 13.4}, "duration": 30}]}"#.utf8)
            .write(to: URL(fileURLWithPath: events))
        let replan = try CommandLineRun.fieldplan(
            "replan", out + "/plan.json", "--now", "11:30", "--events", events, "--out", folder.path("replan"),
            "--iterations", "200", "--quiet")
        #expect(replan.status == 0, "\(replan.error)")
        #expect(replan.output.contains("Validation: plan is valid"))
        #expect(FileManager.default.fileExists(atPath: folder.path("replan/itineraries.csv")))
    }

    /// `plan` and `replan` share their search options and refuse the same bad values.
    @Test(arguments: [
        (["--iterations", "0"], "--iterations must be at least 1"),
        (["--threads", "0"], "--threads must be at least 1"),
        (["--time-limit", "0"], "--time-limit must be positive"),
    ])
    func badSearchOptionsAreRefusedByPlanAndReplan(option: [String], message: String) throws {
        let plan = try CommandLineRun.fieldplan(
            arguments: ["plan", "--scenario", "Scenarios/demo/next-day.json", "--out", "unused"] + option)
        let replan = try CommandLineRun.fieldplan(
            arguments: ["replan", "plan.json", "--now", "11:30", "--out", "unused"] + option)
        for run in [plan, replan] {
            #expect(run.status == 2)
            #expect(run.error.contains("Error: \(message)"), "\(run.error)")
        }
    }

    @Test func badRowsAreLocatedAndNothingIsPlanned() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try Data("id,latitude,longitude,shift_start,shift_end\nanna,52.5,13.4,08:00,17:00\n".utf8)
            .write(to: URL(fileURLWithPath: folder.path("team.csv")))
        try Data("id,latitude,longitude,duration\nv1,52.5,13.4,30\nv2,52.5,x,30\nv3,52.5,13.4,-5\n".utf8)
            .write(to: URL(fileURLWithPath: folder.path("visits.csv")))
        let arguments = ["plan", "--date", "2026-11-30", "--technicians", folder.path("team.csv"),
                         "--visits", folder.path("visits.csv"), "--out", folder.path("out"), "--quiet"]
        let run = try CommandLineRun.fieldplan(arguments: arguments)
        #expect(run.status == 2)
        let visits = folder.path("visits.csv")
        #expect(run.error == """
            \(visits): line 3, column 9: longitude "x" is not a number
            \(visits): line 4, column 14: duration -5 must be at least 0

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))

        let skipping = try CommandLineRun.fieldplan(arguments: arguments + ["--skip-bad-rows", "--iterations", "50"])
        #expect(skipping.status == 0, "\(skipping.error)")
        #expect(skipping.output.contains("2 input rows skipped"))
        #expect(FileManager.default.fileExists(atPath: folder.path("out/skipped-rows.txt")))
    }

    @Test func aMandatoryVisitLeftOutExitsOne() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try Data("id,latitude,longitude,shift_start,shift_end,skills\nanna,52.5,13.4,08:00,17:00,gas:1\n".utf8)
            .write(to: URL(fileURLWithPath: folder.path("team.csv")))
        try Data("id,latitude,longitude,duration,skills,mandatory\nv1,52.5,13.4,30,gas:3,yes\n".utf8)
            .write(to: URL(fileURLWithPath: folder.path("visits.csv")))
        let run = try CommandLineRun.fieldplan(
            "plan", "--date", "2026-11-30", "--technicians", folder.path("team.csv"), "--visits", folder.path("visits.csv"),
            "--out", folder.path("out"), "--iterations", "10", "--quiet")
        #expect(run.status == 1)
        #expect(FileManager.default.fileExists(atPath: folder.path("out/plan.json")))
    }
}
