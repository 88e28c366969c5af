import FieldPlanModel

extension PricingNetwork {
    /// The same network driven backwards, so that forward labelling on it builds the backward
    /// labels of bidirectional labelling: start and end swap (local nodes 0 and `n + 1`), every
    /// arc turns round with its cost and ticks, and times are negated, so a label's time `t` is
    /// the latest service start `−t` from which the rest of the route (the path back to the real
    /// end) stays feasible. Visit nodes keep their local indices, demands and ng-neighbourhoods.
    var reversed: PricingNetwork {
        let size = n + 2, end = n + 1
        func flip(_ i: Int) -> Int { i == 0 ? end : (i == end ? 0 : i) }
        var cost = [Double](repeating: .infinity, count: size * size)
        var step = [Int](repeating: 0, count: size * size)
        for i in 0..<size {
            for j in 0..<size {
                cost[flip(j) * size + flip(i)] = self.cost[i * size + j]
                step[flip(j) * size + flip(i)] = self.step[i * size + j]
            }
        }
        var windows = self.windows.map { list in list.reversed().map { (-$0.1, -$0.0) } }
        windows[0] = [(-latestArrival, -latestArrival)]
        windows[end] = [(Problem.farPast, -departure)]
        var position = self.position
        for u in 0..<size {
            position[u] = -1
            position[end * size + u] = -1
        }
        return PricingNetwork(
            technicians: technicians, visit: visit, n: n, cost: cost, step: step, windows: windows,
            departure: -latestArrival, latestArrival: -departure, demand: demand, capacity: capacity,
            maxVisits: maxVisits, neighbourhood: neighbourhood, position: position)
    }

    /// The network without `arcs` (a branching decision): their costs become infinite, so no
    /// route uses them. Arcs touching a visit outside the network are ignored.
    func removing(_ arcs: some Sequence<VisitArc>) -> PricingNetwork {
        var cost = self.cost
        let size = n + 2
        var local = [Int: Int]()
        for i in 1..<(n + 1) { local[visit[i]] = i }
        for arc in arcs {
            guard let i = arc.from < 0 ? 0 : local[arc.from], let j = arc.to < 0 ? n + 1 : local[arc.to] else { continue }
            cost[i * size + j] = .infinity
        }
        return PricingNetwork(
            technicians: technicians, visit: visit, n: n, cost: cost, step: step, windows: windows,
            departure: departure, latestArrival: latestArrival, demand: demand, capacity: capacity,
            maxVisits: maxVisits, neighbourhood: neighbourhood, position: position)
    }

    /// A network from its parts.
    private init(
        technicians: [Int], visit: [Int], n: Int, cost: [Double], step: [Int], windows: [[(Int, Int)]], departure: Int,
        latestArrival: Int, demand: [Double], capacity: Double, maxVisits: Int, neighbourhood: [[Int]],
        position: [Int8]
    ) {
        self.technicians = technicians
        self.visit = visit
        self.n = n
        self.cost = cost
        self.step = step
        self.windows = windows
        self.departure = departure
        self.latestArrival = latestArrival
        self.demand = demand
        self.capacity = capacity
        self.maxVisits = maxVisits
        self.neighbourhood = neighbourhood
        self.position = position
    }
}
