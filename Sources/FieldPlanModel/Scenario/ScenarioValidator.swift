/// Checks a decoded scenario's meaning and reports every issue, located by JSON path.
public enum ScenarioValidator {
    /// Every issue in the scenario, in input order; empty when it can be planned.
    public static func issues(in scenario: Scenario) -> [ScenarioIssue] {
        []
    }
}
