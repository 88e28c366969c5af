import FieldPlanModel

/// Starting solutions for the improvement strategies.
enum Construction {
    /// Share of a time limit after which cheapest insertion is kept without also trying regret-2:
    /// on large instances (or a loaded machine) the second construction would eat the time the
    /// search improves far more with.
    static let secondConstructionTimeShare = 0.25

    /// The better of cheapest and regret-2 insertion; cheapest alone when it already took more than
    /// ``secondConstructionTimeShare`` of the time limit.
    static func best(_ problem: Problem, context: SearchContext) -> Solution {
        var greedy = Solution(problem: problem)
        let all = Array(0..<problem.visitCount)
        InsertionConstruction(k: 1).run(&greedy, candidates: all, context: context)
        if let limit = context.options.timeLimit, context.elapsed() > secondConstructionTimeShare * limit {
            return greedy
        }
        var regret = Solution(problem: problem)
        InsertionConstruction(k: max(2, context.options.regretK)).run(&regret, candidates: all, context: context)
        return regret.cost < greedy.cost - 1e-9 ? regret : greedy
    }
}
