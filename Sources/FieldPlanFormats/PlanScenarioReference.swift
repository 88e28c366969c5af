/// How a written plan refers to the scenario it answers, so it can be explained on its own.
public enum PlanScenarioReference: Sendable, Hashable {
    /// The plan does not carry its scenario.
    case none
    /// The scenario is embedded as the plan's `scenario` member.
    case embedded
    /// The plan names the scenario file (`scenarioFile`), relative to the plan file's folder.
    case file(String)
}
