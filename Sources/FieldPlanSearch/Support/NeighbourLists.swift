import FieldPlanModel

/// For each visit, the other visits nearest to it by travel distance plus a penalty for windows
/// that do not fit one after the other: the granular neighbourhood of ruin and local search.
struct NeighbourLists {
    /// `neighbours[v]`: other visits, nearest first.
    let neighbours: [[Int]]

    /// Builds lists of at most `size` neighbours.
    init(problem p: Problem, size: Int) {
        let V = p.visitCount
        var lists: [[Int]] = []
        lists.reserveCapacity(V)
        for v in 0..<V {
            var scored: [(Double, Int)] = []
            scored.reserveCapacity(V)
            for w in 0..<V where w != v {
                let arc = min(p.distance(v, w), p.distance(w, v))
                var clash = 0
                if p.windowOffsets[v] < p.windowOffsets[v + 1] && p.windowOffsets[w] < p.windowOffsets[w + 1] {
                    let vOpens = p.windowStarts[p.windowOffsets[v]], vCloses = p.windowEnds[p.windowOffsets[v + 1] - 1]
                    let wOpens = p.windowStarts[p.windowOffsets[w]], wCloses = p.windowEnds[p.windowOffsets[w + 1] - 1]
                    clash = min(max(0, vOpens - wCloses), max(0, wOpens - vCloses))
                }
                scored.append((arc + Problem.minutes(clash) * 0.1, w))
            }
            scored.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            lists.append(scored.prefix(size).map(\.1))
        }
        neighbours = lists
    }
}
