import FieldPlanModel

/// The strategies of the search layer, in the order users see them.
public enum StandardStrategies {
    /// Every search-layer strategy.
    public static let all: [any PlanningStrategy] = [
        InsertionStrategy.greedy, InsertionStrategy.regret, LocalSearchStrategy(), LNSStrategy(),
    ]
}
