import FieldPlanFormats
import FieldPlanModel
import Foundation
import Testing

@Suite("ScenarioReader")
struct ScenarioReaderTests {
    @Test func readsJSON() throws {
        let scenario = try ScenarioReader.read(data: Data(FormatFixtures.json.utf8), name: "monday.json")
        #expect(scenario.name == "Monday")
        #expect(scenario.travel.minutesPerUnit == 2)
        #expect(scenario.technicians.first?.shift.start == .clock(hour: 8, minute: 0, second: 0))
        #expect(scenario.technicians.first?.breaks.count == 1)
        #expect(scenario.visits.map(\.id) == ["v1", "v2"])
        #expect(scenario.visits[0].sla?.penaltyPerMinute == 2)
        #expect(scenario.visits[1].followUp == FollowUp(after: "v1", minGap: 60))
        #expect(scenario.visits[1].pinnedStart == .minutes(600))
        #expect(ScenarioValidator.issues(in: scenario).isEmpty)
    }

    @Test func yamlScenarioEqualsJSONScenario() throws {
        let fromJSON = try ScenarioReader.read(data: Data(FormatFixtures.json.utf8), name: "monday.json")
        let fromYAML = try ScenarioReader.read(data: Data(FormatFixtures.yaml.utf8), name: "monday.yaml")
        #expect(fromYAML == fromJSON)
    }

    @Test func jsonSyntaxErrorHasLineAndColumn() {
        let text = "{\n  \"visits\": [],\n  \"technicians\": [}\n}"
        let error = FormatFixtures.error(reading: text)
        #expect(error?.file == "test.json")
        #expect(error?.issues.count == 1)
        #expect(error?.issues.first?.code == .syntax)
        #expect(error?.issues.first?.location == "line 3, column 19")
        #expect(error?.description.hasPrefix("test.json: line 3, column 19: ") == true)
    }

    @Test func jsonTrailingCommaAndUnterminatedString() {
        let comma = FormatFixtures.error(reading: "{\"visits\": [1, 2,]}")
        #expect(comma?.issues.first?.location == "line 1, column 18")
        #expect(comma?.issues.first?.message.contains("trailing comma") == true)
        let open = FormatFixtures.error(reading: "{\n \"name\": \"abc")
        #expect(open?.issues.first?.location == "line 2, column 10")
        #expect(open?.issues.first?.message.contains("unterminated string") == true)
    }

    @Test func wrongTypeIsLocated() {
        let text = FormatFixtures.scenarioJSON(visit: #"{"id": "v1", "location": {"x": 1, "y": 2}, "duration": "long"}"#)
        let issue = FormatFixtures.error(reading: text)?.issues.first
        #expect(issue?.code == .wrongType)
        #expect(issue?.location == "visits[0].duration")
        #expect(issue?.message.contains("must be a number, found text") == true)
        #expect(issue?.message.contains("visit \"v1\"") == true)
    }

    @Test func missingFieldIsLocated() {
        let text = FormatFixtures.scenarioJSON(visit: #"{"id": "v1", "location": {"x": 1, "y": 2}}"#)
        let issue = FormatFixtures.error(reading: text)?.issues.first
        #expect(issue?.code == .missingField)
        #expect(issue?.location == "visits[0].duration")
    }

    @Test func unknownFieldSuggestsTheKnownOne() {
        let text = FormatFixtures.scenarioJSON(visit: #"{"id": "v1", "location": {"x": 1, "y": 2}, "duraton": 30}"#)
        let issues = FormatFixtures.error(reading: text)?.issues ?? []
        #expect(issues.map(\.code) == [.unknownField, .missingField])
        #expect(issues.first?.location == "visits[0].duraton")
        #expect(issues.first?.message.contains("did you mean \"duration\"?") == true)
    }

    @Test func everyStructuralIssueIsCollected() {
        let text = """
        {"nmae": "x", "travel": {"kind": "teleport"},
         "technicians": [{"id": "t1", "start": {"x": 0}, "shift": {"start": "8h", "end": 600}}],
         "visits": [{"id": "v1", "location": {"index": 1.5}, "duration": 5, "priority": "high"}]}
        """
        let issues = FormatFixtures.error(reading: text)?.issues ?? []
        #expect(issues.map(\.location) == [
            "nmae", "travel.kind", "technicians[0].start.y", "technicians[0].shift.start",
            "visits[0].location.index", "visits[0].priority",
        ])
        #expect(issues.map(\.code) == [.unknownField, .invalidValue, .missingField, .invalidValue, .wrongType, .wrongType])
    }

    @Test func yamlSyntaxErrorHasLineAndColumn() {
        let text = "name: x\ntechnicians:\n  - id: t1\n    start: {x: 0, y: 0\nvisits: []\n"
        let error = FormatFixtures.error(reading: text, name: "broken.yaml")
        #expect(error?.file == "broken.yaml")
        #expect(error?.issues.first?.code == .syntax)
        #expect(error?.issues.first?.location.hasPrefix("line ") == true)
    }

    @Test func yamlUnknownFieldUsesJSONPath() {
        let text = "technicians: []\nvisits:\n  - id: v1\n    location: {x: 1, y: 1}\n    duration: 3\n    demnd: 2\n"
        let issue = FormatFixtures.error(reading: text, name: "s.yml")?.issues.first
        #expect(issue?.code == .unknownField)
        #expect(issue?.location == "visits[0].demnd")
    }

    @Test func unreadableFile() {
        do {
            _ = try ScenarioReader.read(contentsOf: "/nonexistent/scenario.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "/nonexistent/scenario.json")
            #expect(error.issues.first?.code == .unreadableFile)
        }
    }

    @Test func unrecognisedFormat() {
        let error = FormatFixtures.error(reading: "just some words\n", name: "notes.dat")
        #expect(error?.file == "notes.dat")
        #expect(error?.issues.first?.code == .unrecognisedFormat)
    }

    @Test func formatDetection() throws {
        func detect(_ name: String, _ text: String) throws -> ScenarioFormat {
            try ScenarioFormat.detect(name: name, data: Data(text.utf8))
        }
        #expect(try detect("a.json", "garbage") == .json)
        #expect(try detect("a.YML", "x: 1") == .yaml)
        #expect(try detect("a", "  \n{\"visits\": []}") == .json)
        #expect(try detect("a.txt", "C1\r\n\r\nVEHICLE\r\nNUMBER\r\nCUSTOMER\r\n") == .solomon)
        #expect(try detect("scenario", "visits: []\ntechnicians: []\n") == .yaml)
        #expect(throws: ScenarioError.self) { try detect("list.txt", "- a\n- b\n") }
    }
}
