@testable import FieldPlanFormats
import Foundation
import Testing

@Suite("Scenario schema")
struct ScenarioSchemaTests {
    /// The `properties` and `required` of a schema object.
    private func shape(_ object: [String: Any]) -> (keys: Set<String>, required: Set<String>) {
        let properties = object["properties"] as? [String: Any] ?? [:]
        return (Set(properties.keys), Set(object["required"] as? [String] ?? []))
    }

    @Test func documentedSchemaMatchesTheReader() throws {
        let url = FormatFixtures.packageRoot.appendingPathComponent("docs/scenario.schema.json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let definitions = try #require(root["$defs"] as? [String: Any])
        let kinds: [(ScenarioSchema.ObjectKind, [String: Any])] = try [
            (.scenario, root),
            (.technician, #require(definitions["technician"] as? [String: Any])),
            (.visit, #require(definitions["visit"] as? [String: Any])),
            (.location, #require(definitions["location"] as? [String: Any])),
            (.shift, #require(definitions["shift"] as? [String: Any])),
            (.breakRule, #require(definitions["break"] as? [String: Any])),
            (.timeWindow, #require(definitions["timeWindow"] as? [String: Any])),
            (.serviceLevel, #require(definitions["serviceLevel"] as? [String: Any])),
            (.followUp, #require(definitions["followUp"] as? [String: Any])),
            (.travel, #require(definitions["travel"] as? [String: Any])),
            (.matrix, #require(definitions["matrix"] as? [String: Any])),
            (.objective, #require(definitions["objective"] as? [String: Any])),
        ]
        for (kind, object) in kinds {
            let fields = ScenarioSchema.fields(of: kind)
            let documented = shape(object)
            #expect(documented.keys == Set(fields.keys), "\(kind)")
            #expect(documented.required == Set(fields.filter(\.value.required).keys), "\(kind)")
            #expect(object["additionalProperties"] as? Bool == false, "\(kind)")
        }
    }

    @Test func typoSuggestions() {
        #expect(ScenarioSchema.suggestion(for: "duraton", among: ["duration", "demand"]) == "duration")
        #expect(ScenarioSchema.suggestion(for: "timewindows", among: ["timeWindows"]) == "timeWindows")
        #expect(ScenarioSchema.suggestion(for: "nmae", among: ["name", "date"]) == "name")
        #expect(ScenarioSchema.suggestion(for: "colour", among: ["duration", "demand"]) == nil)
    }
}
