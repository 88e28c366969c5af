/// Ruin by removing visits picked uniformly at random.
struct RandomRemoval {
    /// Share of the routed visits removed, at most.
    var share: Double = 0.15

    /// Removes random visits (follow-ups included) and returns them. Visits are drawn by
    /// rejection, so the cost follows the number removed rather than the number of visits.
    func ruin(_ solution: inout Solution, random: inout SeededRandom) -> [Int] {
        let routed = solution.routedCount
        guard routed > 0 else { return [] }
        let count = min(routed, max(1, Int(random.unit() * share * Double(routed)) + 1))
        var picked: [Int] = []
        picked.reserveCapacity(count)
        var attempts = 0
        while picked.count < count && attempts < 64 * count {
            attempts += 1
            guard let v = StringRemoval.randomRoutedVisit(in: solution, random: &random),
                  !picked.contains(v) else { continue }
            picked.append(v)
        }
        return StringRemoval.remove(picked, from: &solution)
    }
}
