import FieldPlanModel

/// Explains one visit of a finished plan: for a visit left out, the reasons and each technician's
/// cheapest insertion; for a served visit, each technician's cheapest insertion were it taken out
/// of its route (its own technician's is the cost of keeping it).
///
/// The plan's routes are rebuilt in the search's state, so every option is a real insertion check.
public struct PlanExplainer: Sendable {
    /// The problem the plan answers.
    public let problem: Problem
    private let solution: Solution?
    private let visitIndex: [String: Int]

    /// Rebuilds the plan's routes; ``isRebuilt`` is `false` when they break a hard constraint
    /// of the problem (then only what the plan itself says can be shown).
    public init(problem: Problem, plan: Plan) {
        self.problem = problem
        let assembler = PlanAssembler(problem: problem)
        self.solution = assembler.solution(sequences: assembler.sequences(of: plan))
        self.visitIndex = Dictionary(
            problem.scenario.visits.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether the plan's routes could be rebuilt, so options can be computed.
    public var isRebuilt: Bool { solution != nil }

    /// The left-out entry (reasons, penalty, options) of a visit the plan leaves out; `nil` when
    /// the visit is unknown, served, or the routes could not be rebuilt.
    public func leftOut(_ id: String) -> LeftOutVisit? {
        guard var solution, let v = visitIndex[id], solution.routeOf[v] < 0 else { return nil }
        return LeftOutExplainer(problem: problem).leftOut(v, in: &solution)
    }

    /// Each technician's cheapest insertion of a served visit once taken out of its route; `nil`
    /// when the visit is unknown, left out, or the routes could not be rebuilt.
    public func alternatives(for id: String) -> [InsertionOption]? {
        guard var solution, let v = visitIndex[id], solution.routeOf[v] >= 0 else { return nil }
        solution.remove(v)
        return InsertionOptionFinder(problem: problem).options(for: v, in: &solution)
    }
}
