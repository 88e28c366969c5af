import FieldPlanModel

/// Chooses which left-out visits a recreate step also tries to insert: every mandatory one, the
/// left-out neighbours of the visits just removed, and a few at random.
///
/// Trying every left-out visit each iteration costs time in proportion to their number: on a
/// 1000-visit day where 600 cannot fit, that is nearly all of an iteration.
struct OutsiderSampler {
    /// Neighbours of each removed visit that are looked at.
    var neighbourDepth = 10
    /// Left-out visits drawn at random on top.
    var randomCount = 5
    private var stamp: [Int]
    private var round = 0

    init(problem: Problem) {
        stamp = [Int](repeating: -1, count: problem.visitCount)
    }

    /// The left-out visits to try besides `removed`, in a deterministic order. Reads the
    /// solution's list of left-out visits, so the cost follows their number, not the visits'.
    mutating func pick(
        near removed: [Int], in solution: Solution, neighbours: NeighbourLists, random: inout SeededRandom
    ) -> [Int] {
        let p = solution.problem
        round += 1
        for v in removed { stamp[v] = round }
        var picked: [Int] = []
        var left: [Int] = []
        for v in solution.outsiders where stamp[v] != round {
            if p.mandatory[v] {
                stamp[v] = round
                picked.append(v)
            } else {
                left.append(v)
            }
        }
        guard !left.isEmpty else { return picked }
        for v in removed {
            for w in neighbours.neighbours[v].prefix(neighbourDepth)
            where solution.routeOf[w] < 0 && stamp[w] != round {
                stamp[w] = round
                picked.append(w)
            }
        }
        for _ in 0..<min(randomCount, left.count) {
            let w = left[Int(random.unit() * Double(left.count))]
            if stamp[w] != round {
                stamp[w] = round
                picked.append(w)
            }
        }
        return picked
    }
}
