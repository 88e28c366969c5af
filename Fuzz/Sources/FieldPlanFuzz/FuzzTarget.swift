import FieldPlanFormats
import FieldPlanModel
import Foundation

/// One reader under fuzzing, chosen with the `FUZZ_TARGET` environment variable.
enum FuzzTarget: String, CaseIterable {
    /// JSON scenarios.
    case scenarioJSON = "scenario-json"
    /// YAML scenarios.
    case scenarioYAML = "scenario-yaml"
    /// Solomon VRPTW text.
    case solomon
    /// Plan documents, read against a fixed small scenario.
    case plan
    /// VROOM JSON input, turned into a scenario.
    case vroom
    /// The dispatch technicians CSV.
    case csvTeam = "csv-team"
    /// The dispatch visits CSV.
    case csvVisits = "csv-visits"
    /// The dispatch planning configuration (YAML).
    case planningConfig = "planning-config"

    /// The target named by `FUZZ_TARGET`; stops the process with a usage message otherwise.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("FUZZ_TARGET must be one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()

    /// The day CSV rows are read for: a daylight-saving change in Berlin.
    static let day = TimeResolver(date: "2026-10-25", timeZone: "Europe/Berlin")!

    /// Runs one input through the reader and, when it is accepted, through the rest of the pipe.
    func run(_ data: Data) {
        switch self {
        case .scenarioJSON:
            ScenarioPipeline.run { () throws(ScenarioError) in
                try ScenarioReader.read(data: data, name: "input.json", format: .json)
            }
        case .scenarioYAML:
            ScenarioPipeline.run { () throws(ScenarioError) in
                try ScenarioReader.read(data: data, name: "input.yaml", format: .yaml)
            }
        case .solomon:
            ScenarioPipeline.run { () throws(ScenarioError) in try SolomonReader.read(data: data, name: "input.txt") }
        case .plan: PlanPipeline.run(data)
        case .vroom:
            ScenarioPipeline.run { () throws(ScenarioError) in try VROOMReader.read(data: data).scenario }
        case .csvTeam: Promises.everyIssueIsLocated(TeamRow.read(data: data, file: "team.csv", time: Self.day).issues)
        case .csvVisits: Promises.everyIssueIsLocated(VisitRow.read(data: data, file: "visits.csv", time: Self.day).issues)
        case .planningConfig:
            do {
                _ = try PlanningConfigReader.read(data: data, name: "planning.yaml")
            } catch {
                Promises.everyIssueIsLocated(error)
            }
        }
    }
}
