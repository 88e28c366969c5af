import FieldPlanModel

/// The GLPK-backed strategies, in the order users see them.
public enum ExactStrategies {
    /// Every exact strategy.
    public static let all: [any PlanningStrategy] = [MIPStrategy(), SlotStrategy(), SetPartitioningStrategy()]
}
