/// Finds subset-row cuts over three visits that a fractional master solution violates.
///
/// Every triple of visits served by routes in the solution is a candidate; a triple is checked
/// exactly only when the pairwise weights (Σ λr over routes holding both visits) could exceed 1.
/// The most violated triples come first (ties by triple), so the outcome is deterministic. Each
/// cut's memory holds the visits its violating routes pass between their first and last visit of
/// the triple, so the limited-memory cut is as violated as the full one.
struct SubsetRowSeparator {
    /// Most cuts returned.
    let maxCuts: Int
    /// Least violation `Σ α(r)·λr − 1` of a cut returned.
    let minViolation: Double

    /// Violated cuts for routes (visits in order, problem indices) with LP values `values`,
    /// skipping triples already in `existing`.
    func separate(routes: [[Int]], values: [Double], existing: SubsetRowCuts) -> [SubsetRowCut] {
        let support = routes.indices.filter { values[$0] > 1e-6 }
        guard !support.isEmpty, maxCuts > 0 else { return [] }
        var compact: [Int: Int] = [:]
        var served: [Int] = []
        for r in support {
            for v in routes[r] where compact[v] == nil {
                compact[v] = served.count
                served.append(v)
            }
        }
        let order = served.indices.sorted { served[$0] < served[$1] }
        var rank = [Int](repeating: 0, count: served.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        let u = served.count
        let sortedVisits = order.map { served[$0] }
        var weight = [Double](repeating: 0, count: u * u)
        var routesOf = [[Int]](repeating: [], count: u)
        var counts: [[(Int, Int)]] = []
        for r in support {
            var count: [Int: Int] = [:]
            for v in routes[r] { count[rank[compact[v] ?? 0], default: 0] += 1 }
            let entries = count.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            counts.append(entries)
            let lambda = values[r]
            for (a, (i, ci)) in entries.enumerated() {
                routesOf[i].append(counts.count - 1)
                weight[i * u + i] += lambda * Double(ci * (ci - 1) / 2)
                for (j, cj) in entries[(a + 1)...] { weight[i * u + j] += lambda * Double(ci * cj) }
            }
        }
        var found: [(violation: Double, triple: [Int])] = []
        for i in 0..<u {
            for j in (i + 1)..<u where weight[i * u + j] > 1e-9 {
                for k in (j + 1)..<u {
                    let pairs = weight[i * u + j] + weight[i * u + k] + weight[j * u + k]
                        + weight[i * u + i] + weight[j * u + j] + weight[k * u + k]
                    guard pairs > 1 + minViolation else { continue }
                    var lhs = 0.0
                    var visited = Set<Int>()
                    for s in routesOf[i] + routesOf[j] + routesOf[k] where visited.insert(s).inserted {
                        let hits = counts[s].reduce(0) { $0 + ($1.0 == i || $1.0 == j || $1.0 == k ? $1.1 : 0) }
                        lhs += values[support[s]] * Double(hits / 2)
                    }
                    let triple = [sortedVisits[i], sortedVisits[j], sortedVisits[k]]
                    if lhs > 1 + minViolation && !existing.contains(triple: triple) {
                        found.append((lhs - 1, triple))
                    }
                }
            }
        }
        found.sort { $0.violation > $1.violation || ($0.violation == $1.violation && $0.triple.lexicographicallyPrecedes($1.triple)) }
        return found.prefix(maxCuts).map { entry in
            var memory = Set(entry.triple)
            for r in support {
                let positions = routes[r].indices.filter { entry.triple.contains(routes[r][$0]) }
                guard positions.count >= 2, let first = positions.first, let last = positions.last else { continue }
                for p in first...last { memory.insert(routes[r][p]) }
            }
            return SubsetRowCut(triple: entry.triple, memory: memory.sorted())
        }
    }
}
