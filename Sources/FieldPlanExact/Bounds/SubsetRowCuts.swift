/// The subset-row cuts of a master problem, indexed by visit so that a route's non-zero
/// coefficients are found without running every cut over it.
struct SubsetRowCuts: Sendable {
    /// The cuts, in the order of their master rows.
    private(set) var cuts: [SubsetRowCut] = []
    /// Cut indices whose triple holds each visit (problem index).
    private var byVisit: [Int: [Int]] = [:]

    /// Number of cuts.
    var count: Int { cuts.count }

    /// Adds a cut; returns `false` when a cut on the same triple is already there.
    @discardableResult
    mutating func add(_ cut: SubsetRowCut) -> Bool {
        guard !cuts.contains(where: { $0.triple == cut.triple }) else { return false }
        for v in cut.triple { byVisit[v, default: []].append(cuts.count) }
        cuts.append(cut)
        return true
    }

    /// Whether a cut on `triple` (sorted) is there.
    func contains(triple: [Int]) -> Bool { cuts.contains { $0.triple == triple } }

    /// The non-zero coefficients of a route (visits in order, problem indices), by cut index.
    func coefficients(of visits: [Int]) -> [(cut: Int, coefficient: Int)] {
        var hits: [Int: Int] = [:]
        for v in visits {
            for c in byVisit[v] ?? [] { hits[c, default: 0] += 1 }
        }
        return hits.keys.sorted().compactMap { c in
            guard let h = hits[c], h >= 2 else { return nil }
            let a = cuts[c].coefficient(of: visits)
            return a > 0 ? (c, a) : nil
        }
    }

    /// The dual part of a route's reduced cost: `Σ_c σ(c)·α(c, r)` with the cut duals `sigma` (≤ 0).
    func dualValue(of visits: [Int], sigma: [Double]) -> Double {
        coefficients(of: visits).reduce(0) { $0 + sigma[$1.cut] * Double($1.coefficient) }
    }
}
