import FieldPlanModel
import Foundation
import Testing

/// The API document lists exactly the reason codes a plan can give for a visit left out.
struct LeftOutReasonSchemaTests {
    @Test func documentListsEveryLeftOutReasonCode() throws {
        let url = OpenAPIConformanceTests.packageRoot.appendingPathComponent("docs/openapi.json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var node: Any? = document
        for key in ["components", "schemas", "Plan", "properties", "unassigned", "items", "properties", "reasons",
                    "items", "properties", "code", "enum"] {
            node = (node as? [String: Any])?[key]
        }
        let listed = try #require(node as? [String])
        #expect(listed == LeftOutReason.Code.allCases.map(\.rawValue))
    }
}
