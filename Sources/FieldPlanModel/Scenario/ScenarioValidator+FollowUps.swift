extension ScenarioValidator.Context {
    /// Reports each cycle of follow-up links once, at the visit of the cycle listed first.
    ///
    /// Every visit follows at most one other, so the links form a functional graph: walking from
    /// each visit either ends, reaches a visit already explored, or closes a new cycle.
    mutating func checkFollowUpCycles() {
        let visits = scenario.visits
        // 0: unexplored, 1: on the current walk, 2: done.
        var state = [UInt8](repeating: 0, count: visits.count)
        var cycles: [[Int]] = []
        for origin in visits.indices where state[origin] == 0 {
            var walk: [Int] = []
            var current: Int? = origin
            while let node = current, state[node] == 0 {
                state[node] = 1
                walk.append(node)
                current = predecessor(of: node)
            }
            if let node = current, state[node] == 1, let start = walk.firstIndex(of: node) {
                let cycle = Array(walk[start...])
                if cycle.count > 1 { cycles.append(cycle) }
            }
            for node in walk { state[node] = 2 }
        }
        for cycle in cycles.sorted(by: { ($0.min() ?? 0) < ($1.min() ?? 0) }) {
            guard let first = cycle.min(), let offset = cycle.firstIndex(of: first) else { continue }
            let ordered = Array(cycle[offset...] + cycle[..<offset])
            let names = ordered.map { "\"\(visits[$0].id)\"" }
            let chain = (names + [names[0]]).joined(separator: " follows ")
            report(.followUpCycle, at: "visits[\(first)].followUp",
                   "visits \(names.joined(separator: ", ")) follow up on each other in a circle (\(chain))")
        }
    }

    /// The index of the visit a visit follows, when the link is valid and not to itself.
    private func predecessor(of index: Int) -> Int? {
        let visit = scenario.visits[index]
        guard let link = visit.followUp, link.after != visit.id,
              let previous = visitIndex[link.after] else { return nil }
        return previous
    }
}
