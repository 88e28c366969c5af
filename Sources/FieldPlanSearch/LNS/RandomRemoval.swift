/// Ruin by removing visits picked uniformly at random.
struct RandomRemoval {
    /// Share of the routed visits removed, at most.
    var share: Double = 0.15

    /// Removes random visits (follow-ups included) and returns them.
    func ruin(_ solution: inout Solution, random: inout SeededRandom) -> [Int] {
        let routed = (0..<solution.problem.visitCount).filter { solution.routeOf[$0] >= 0 }
        guard !routed.isEmpty else { return [] }
        let count = max(1, Int(random.unit() * share * Double(routed.count)) + 1)
        var pool = routed
        var picked: [Int] = []
        for _ in 0..<min(count, pool.count) {
            let index = Int(random.unit() * Double(pool.count))
            pool.swapAt(index, pool.count - 1)
            picked.append(pool.removeLast())
        }
        return StringRemoval.remove(picked, from: &solution)
    }
}
