/// Each pending visit's cheapest insertions across routes, at most `depth` of them, ordered by
/// cost and then by route index: what cheapest (depth 1) and regret-k (depth k) insertion choose
/// from, kept up to date as routes change instead of re-ranked over every route each step.
struct InsertionRanking {
    /// Insertions kept per visit.
    let depth: Int
    /// `cost[v * depth + i]`: the i-th cheapest insertion cost of `v` (infinity past the last).
    private(set) var cost: [Double]
    /// `route[v * depth + i]`: its route, or -1.
    private(set) var route: [Int]

    /// An empty ranking for `visitCount` visits.
    init(visitCount: Int, depth: Int) {
        self.depth = depth
        cost = [Double](repeating: .infinity, count: visitCount * depth)
        route = [Int](repeating: -1, count: visitCount * depth)
    }

    /// Ranks `v` afresh from `table` (`table[v * routeCount + t]`, its cheapest insertion per
    /// route), counting the empty routes of twin technicians once: the first in index order.
    /// `claimed` (one entry per twin class) and `stamp` are the caller's scratch.
    mutating func rank(
        _ v: Int, table: [Double], routeCount: Int, isEmpty: [Bool], twinClass: [Int],
        claimed: inout [Int], stamp: inout Int
    ) {
        let base = v &* depth
        for i in 0..<depth {
            cost[base &+ i] = .infinity
            route[base &+ i] = -1
        }
        stamp &+= 1
        for t in 0..<routeCount {
            if isEmpty[t] {
                if claimed[twinClass[t]] == stamp { continue }
                claimed[twinClass[t]] = stamp
            }
            offer(v, route: t, cost: table[v &* routeCount &+ t])
        }
    }

    /// Whether route `t` is among `v`'s ranked insertions.
    func ranks(_ v: Int, route t: Int) -> Bool {
        let base = v &* depth
        for i in 0..<depth where route[base &+ i] == t { return true }
        return false
    }

    /// Enters route `t`'s insertion of cost `c` into `v`'s ranking, which must not hold `t`
    /// yet; ties keep the lower route index first.
    mutating func offer(_ v: Int, route t: Int, cost c: Double) {
        let base = v &* depth
        guard c < cost[base &+ depth &- 1] || (c == cost[base &+ depth &- 1] && c < .infinity && t < route[base &+ depth &- 1])
        else { return }
        var i = depth &- 1
        while i > 0 && (cost[base &+ i &- 1] > c || (cost[base &+ i &- 1] == c && route[base &+ i &- 1] > t)) {
            cost[base &+ i] = cost[base &+ i &- 1]
            route[base &+ i] = route[base &+ i &- 1]
            i &-= 1
        }
        cost[base &+ i] = c
        route[base &+ i] = t
    }
}
