import FieldPlanFormats
import FieldPlanModel
import Foundation
import Testing

/// Inputs the fuzzers once broke a promise on (`Fuzz/Regressions/<target>/`): each is now rejected
/// with located, worded issues.
struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `(target, file name)` of every saved input.
    static let inputs: [String] = {
        let folder = root.appendingPathComponent("Fuzz/Regressions")
        let targets = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return targets.sorted().flatMap { target in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)) ?? [])
                .sorted().map { "\(target)/\($0)" }
        }
    }()

    @Test func thereAreSavedInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func savedInputGetsLocatedIssues(_ input: String) throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("Fuzz/Regressions/\(input)"))
        let target = String(input.split(separator: "/")[0])
        let format: ScenarioFormat = switch target {
        case "scenario-yaml": .yaml
        case "solomon": .solomon
        default: .json
        }
        let error = #expect(throws: ScenarioError.self) {
            try ScenarioReader.read(data: data, name: input, format: format)
        }
        let issues = try #require(error).issues
        #expect(!issues.isEmpty)
        for issue in issues {
            #expect(!issue.location.isEmpty, "\(issue.code.rawValue): \(issue.message)")
            #expect(!issue.message.isEmpty)
        }
    }
}
