import FieldPlan

/// One scenario of a benchmark set, with its family and best-known value.
public struct BenchmarkInstance: Sendable {
    /// The file name without extension (`C101`).
    public var name: String
    /// The family it is grouped in (`C1`).
    public var family: String
    /// The file it was read from.
    public var path: String
    /// The scenario.
    public var scenario: Scenario
    /// The best-known value from `bks.csv`, when listed.
    public var bestKnown: BestKnownValue?

    /// Creates an instance.
    public init(name: String, family: String, path: String, scenario: Scenario, bestKnown: BestKnownValue? = nil) {
        self.name = name
        self.family = family
        self.path = path
        self.scenario = scenario
        self.bestKnown = bestKnown
    }
}
