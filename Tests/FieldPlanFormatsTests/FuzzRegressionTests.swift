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
        let error = #expect(throws: ScenarioError.self) {
            switch target {
            case "plan":
                let scenario = try ScenarioReader.read(
                    contentsOf: Self.root.appendingPathComponent("Scenarios/small/line.json").path)
                _ = try PlanReader.read(data: data, name: input, scenario: scenario)
            case "planning-config": _ = try PlanningConfigReader.read(data: data, name: input)
            case "scenario-yaml": _ = try ScenarioReader.read(data: data, name: input, format: .yaml)
            case "solomon": _ = try ScenarioReader.read(data: data, name: input, format: .solomon)
            default: _ = try ScenarioReader.read(data: data, name: input, format: .json)
            }
        }
        let issues = try #require(error).issues
        #expect(!issues.isEmpty)
        for issue in issues {
            #expect(!issue.location.isEmpty, "\(issue.code.rawValue): \(issue.message)")
            #expect(!issue.message.isEmpty)
        }
    }
}
