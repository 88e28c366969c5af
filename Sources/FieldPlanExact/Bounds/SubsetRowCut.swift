/// A limited-memory subset-row cut over three visits (Jepsen et al. 2008; memory as in Pecin et
/// al. 2017): `Σ_r α(r)·λr ≤ 1`, where a route's coefficient `α(r)` counts every second visit of
/// the triple along the route, forgetting a pending half when the route leaves the memory.
///
/// With full memory `α(r) = ⌊|r ∩ triple| / 2⌋`, the rank-1 Chvátal–Gomory cut with multipliers
/// 1/2 on the three visit rows; since plans serve each visit at most once, two routes of a plan
/// never share a visit of the triple, so the cut holds for every plan. A smaller memory only lowers
/// coefficients of a ≤-row with non-negative coefficients, so the cut stays valid.
struct SubsetRowCut: Hashable, Sendable {
    /// The three visits (problem indices), sorted.
    let triple: [Int]
    /// Visits (problem indices) along which a pending half is remembered, sorted; contains the
    /// triple.
    let memory: [Int]

    /// The coefficient of a route given by its visits in order (problem indices).
    func coefficient(of visits: [Int]) -> Int {
        var state = false, total = 0
        for v in visits {
            if triple.contains(v) {
                if state { total += 1 }
                state.toggle()
            } else if state && !memory.contains(v) {
                state = false
            }
        }
        return total
    }

    /// The coefficient with full memory, `⌊|r ∩ triple| / 2⌋` (visits counted with repetition).
    func fullCoefficient(of visits: [Int]) -> Int {
        visits.reduce(0) { $0 + (triple.contains($1) ? 1 : 0) } / 2
    }
}
