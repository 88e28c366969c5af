/// A way of turning a problem into a plan; every strategy implements this one interface.
///
/// Strategies are synchronous value code: they check `context.shouldStop()` between iterations
/// and return the best plan found so far when it says stop.
public protocol PlanningStrategy: Sendable {
    /// The name users select it by (`greedy`, `regret`, …).
    var name: String { get }
    /// Plans the problem within the context's limits.
    func plan(_ problem: Problem, context: SearchContext) -> Plan
}
