import FieldPlanService
import Foundation
import Testing

/// Every kind of problem the service answers with is catalogued in `docs/errors.md`.
struct ProblemCatalogueTests {
    @Test func everyProblemKindIsInTheErrorCatalogue() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let catalogue = try String(contentsOf: root.appendingPathComponent("docs/errors.md"), encoding: .utf8)
        let missing = ProblemKind.allCases.map(\.rawValue).filter { !catalogue.contains("| `\($0)` |") }
        #expect(missing.isEmpty, "problem kinds missing from docs/errors.md: \(missing)")
    }
}
