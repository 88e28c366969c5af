import FieldPlanModel
import FieldPlanExact
import FieldPlanSearch

/// The strategies a user can select by name.
public struct StrategyRegistry: Sendable {
    /// The strategies, in the order they are listed to users.
    public let strategies: [any PlanningStrategy]

    /// Creates a registry from a list of strategies.
    public init(_ strategies: [any PlanningStrategy]) {
        self.strategies = strategies
    }

    /// Every strategy FieldPlan ships.
    public static let standard = StrategyRegistry(StandardStrategies.all + ExactStrategies.all)

    /// The names users may select.
    public var names: [String] { strategies.map(\.name) }

    /// The strategy called `name`, if any.
    public func strategy(named name: String) -> (any PlanningStrategy)? {
        strategies.first { $0.name == name }
    }
}
