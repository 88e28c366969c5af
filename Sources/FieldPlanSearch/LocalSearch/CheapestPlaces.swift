/// The few cheapest (cost, place) pairs offered, cheapest first, stored inline.
struct CheapestPlaces {
    /// Most places kept.
    static let capacity = 3
    private var c0 = Double.infinity, c1 = Double.infinity, c2 = Double.infinity
    private var a0 = 0, a1 = 0, a2 = 0
    private let keeping: Int
    /// Number of places kept so far.
    private(set) var count = 0

    /// An empty list that keeps at most `keeping` places (capped at ``capacity``).
    init(keeping: Int) { self.keeping = min(max(1, keeping), Self.capacity) }

    /// The `k`-th cheapest cost.
    func cost(_ k: Int) -> Double { k == 0 ? c0 : k == 1 ? c1 : c2 }
    /// The `k`-th cheapest place.
    func after(_ k: Int) -> Int { k == 0 ? a0 : k == 1 ? a1 : a2 }

    /// Keeps (`cost`, `after`) when it is among the cheapest; ties keep the earlier offer.
    mutating func offer(cost: Double, after: Int) {
        if count == keeping {
            guard cost < self.cost(count - 1) else { return }
        } else {
            count += 1
        }
        var k = count - 1
        while k > 0 && cost < self.cost(k - 1) {
            set(k, cost: self.cost(k - 1), after: self.after(k - 1))
            k -= 1
        }
        set(k, cost: cost, after: after)
    }

    private mutating func set(_ k: Int, cost: Double, after: Int) {
        switch k {
        case 0: (c0, a0) = (cost, after)
        case 1: (c1, a1) = (cost, after)
        default: (c2, a2) = (cost, after)
        }
    }
}
