import FieldPlanModel

/// Starting solutions for the improvement strategies.
enum Construction {
    /// The better of cheapest and regret-2 insertion.
    static func best(_ problem: Problem, context: SearchContext) -> Solution {
        var greedy = Solution(problem: problem)
        let all = Array(0..<problem.visitCount)
        InsertionConstruction(k: 1).run(&greedy, candidates: all, context: context)
        var regret = Solution(problem: problem)
        InsertionConstruction(k: max(2, context.options.regretK)).run(&regret, candidates: all, context: context)
        return regret.cost < greedy.cost - 1e-9 ? regret : greedy
    }
}
