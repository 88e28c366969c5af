import FieldPlanFormats
import FieldPlanModel
import Foundation
import Testing

@Suite("Readers never crash on garbage")
struct RobustnessTests {
    static let garbage: [String] = [
        "", " ", "{", "}", "[", "{\"a\"", "{\"a\":", "{\"a\":1,,}", "nul", "tru", "-", "01", "1.", "1e",
        "\"\\u12\"", "\"\\uD800\"", "\"\u{01}\"", "{\"visits\": 5, \"technicians\": {}}", "[1, 2]", "42",
        String(repeating: "[", count: 5_000), "{\"a\": \"\\q\"}", "\u{FEFF}{}", "{\"x\": 1e999}",
        "key: [unclosed", "- - -\n  : :", "a: &x [*x]", "\t\u{0}\u{FF}",
    ]

    @Test(arguments: garbage)
    func jsonAndYAMLGarbageThrowLocatedErrors(text: String) {
        for format in [ScenarioFormat.json, .yaml, .solomon] {
            do {
                _ = try ScenarioReader.read(data: Data(text.utf8), name: "g", format: format)
                Issue.record("\(format) accepted \(text.debugDescription)")
            } catch {
                #expect(!error.issues.isEmpty)
                #expect(error.file == "g")
            }
        }
    }

    @Test func invalidUTF8IsAnError() {
        let data = Data([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D])
        #expect(throws: ScenarioError.self) { try ScenarioReader.read(data: data, name: "g.json") }
        #expect(throws: ScenarioError.self) { try ScenarioReader.read(data: data, name: "g.yaml") }
    }

    @Test func jsonSyntaxLocationCountsUnicodeScalars() {
        let error = FormatFixtures.error(reading: "{\"näme\": x}")
        #expect(error?.issues.first?.location == "line 1, column 10")
    }

    @Test func yamlSyntaxLocation() {
        let error = FormatFixtures.error(reading: "visits: []\ntechnicians: [\n", name: "s.yaml")
        #expect(error?.issues.first?.code == .syntax)
        #expect(error?.issues.first?.location == "line 3, column 1")
    }
}
