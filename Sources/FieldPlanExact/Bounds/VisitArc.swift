/// An arc between two visits of a route, by problem visit index; `-1` stands for the route's
/// start (as `from`) or end (as `to`).
struct VisitArc: Hashable, Comparable, Sendable {
    /// The visit left, or `-1` for the start.
    let from: Int
    /// The visit reached next, or `-1` for the end.
    let to: Int

    static func < (a: VisitArc, b: VisitArc) -> Bool { (a.from, a.to) < (b.from, b.to) }

    /// The arcs a route of `visits` drives, start and end included.
    static func arcs(of visits: [Int]) -> [VisitArc] {
        guard let first = visits.first, let last = visits.last else { return [] }
        return [VisitArc(from: -1, to: first)] + zip(visits, visits.dropFirst()).map { VisitArc(from: $0, to: $1) }
            + [VisitArc(from: last, to: -1)]
    }
}
