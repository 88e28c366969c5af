import FieldPlanModel

/// A scenario built from dispatch files, with the rows left out on the way.
public struct DispatchScenario: Sendable {
    /// The scenario, valid.
    public var scenario: Scenario
    /// Rows skipped because of their issues (only with `skipBadRows`).
    public var skipped: [SkippedRow]

    /// Creates the result.
    public init(scenario: Scenario, skipped: [SkippedRow]) {
        self.scenario = scenario
        self.skipped = skipped
    }
}
