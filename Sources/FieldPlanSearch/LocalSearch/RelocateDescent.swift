/// Descent by relocation: takes each visit out and puts it back at its cheapest place anywhere,
/// keeping the move when the objective falls, until a full pass finds nothing.
struct RelocateDescent {
    /// Improves `solution` in place; stops early when `shouldStop` says so. Visits left out by
    /// the construction stay out (it already tried every place for them).
    func improve(_ solution: inout Solution, shouldStop: () -> Bool) {
        let reinsertion = GreedyReinsertion(blinkRate: 0)
        var random = SeededRandom(seed: 0)
        var improved = true
        var cost = solution.cost
        while improved && !shouldStop() {
            improved = false
            for v in 0..<solution.problem.visitCount where !shouldStop() {
                var candidate = solution
                let removed = StringRemoval.remove([v], from: &candidate)
                reinsertion.recreate(removed, into: &candidate, random: &random)
                let candidateCost = candidate.cost
                if candidateCost < cost - 1e-9 {
                    solution = candidate
                    cost = candidateCost
                    improved = true
                }
            }
        }
    }
}
