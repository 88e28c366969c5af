import FieldPlanModel

/// The routes one fleet of twin technicians may drive, as a relaxation of the problem for
/// column generation: times in ticks widened by one tick each way (travel and service one tick
/// shorter, windows and shifts one tick wider), so that every route the validator accepts is a
/// path of this network; breaks, follow-ups and working-time limits are left out.
///
/// Local nodes: 0 is the start, `1...n` the fleet's servable visits, `n + 1` the end.
/// Arc costs are the plan's route costs (distance, travel time, the fixed cost on the first arc)
/// plus a lower bound of the duration cost (travel and service), minus preference bonuses.
struct PricingNetwork: Sendable {
    /// The technicians of the fleet (twins); the first stands for all.
    let technicians: [Int]
    /// Problem visit index of each local node, -1 for start and end.
    let visit: [Int]
    /// Number of servable visits.
    let n: Int
    /// Arc cost without duals, `cost[i * (n + 2) + j]`; `.infinity` when the arc cannot be used.
    let cost: [Double]
    /// Relaxed travel plus service ticks of the arc (service at i, then travel to j).
    let step: [Int]
    /// Start windows of each local node (relaxed), as pairs of (start, end), sorted.
    let windows: [[(Int, Int)]]
    /// Earliest departure from the start node.
    let departure: Int
    /// Latest arrival at the end node.
    let latestArrival: Int
    /// Demand of each local node.
    let demand: [Double]
    /// Capacity of the fleet's vehicles.
    let capacity: Double
    /// Most visits per route.
    let maxVisits: Int
    /// ng-neighbourhood of each local node (local indices, the node itself first).
    let neighbourhood: [[Int]]
    /// Position of local node u in the neighbourhood of node i, `position[i * (n + 2) + u]`, -1
    /// when absent.
    let position: [Int8]

    /// The network of the fleet `technicians` in `problem`, with ng-neighbourhoods of at most
    /// `ngSize` visits (the whole set when it is smaller: elementary routes).
    init(problem p: Problem, technicians: [Int], ngSize: Int) {
        self.technicians = technicians
        let t = technicians[0], V = p.visitCount
        let startNode = p.startNode(t), endNode = p.endNode(t)
        let departure = p.shiftStart[t] - 1
        let latestArrival = p.latestEnd[t] + 1
        let perMinute = Double(Problem.ticksPerMinute)
        func relaxedTravel(_ a: Int, _ b: Int) -> Int { max(0, p.travel(t, a, b) - 1) }
        func relaxedService(_ v: Int) -> Int { max(0, p.serviceTicks[t * V + v] - 1) }
        func relaxedWindows(_ v: Int) -> [(Int, Int)] {
            (p.windowOffsets[v]..<p.windowOffsets[v + 1]).map {
                (p.windowStarts[$0] == Problem.farPast ? Problem.farPast : p.windowStarts[$0] - 1,
                 p.windowEnds[$0] == Problem.farFuture ? Problem.farFuture : p.windowEnds[$0] + 1)
            }
        }
        func firstStart(_ arrival: Int, _ windows: [(Int, Int)]) -> Int? {
            for window in windows where window.1 >= arrival { return max(window.0, arrival) }
            return nil
        }
        var visits: [Int] = []
        if p.maxVisits[t] >= 1 {
            for v in 0..<V where p.canServe[t * V + v] && p.demand[v] <= p.capacity[t] + 1e-9 {
                guard let s = firstStart(departure + relaxedTravel(startNode, v), relaxedWindows(v)) else { continue }
                guard s + relaxedService(v) + relaxedTravel(v, endNode) <= latestArrival else { continue }
                visits.append(v)
            }
        }
        let n = visits.count, size = n + 2
        let node = [-1] + visits + [-1]
        func problemNode(_ i: Int) -> Int { i == 0 ? startNode : (i == n + 1 ? endNode : node[i]) }
        var windows = [[(Int, Int)]](repeating: [(Problem.farPast, Problem.farFuture)], count: size)
        for i in 1...max(1, n) where i <= n { windows[i] = relaxedWindows(node[i]) }
        windows[0] = [(departure, departure)]
        windows[n + 1] = [(Problem.farPast, latestArrival)]
        let fixed = p.fixedCost[t]
        let durationCost = p.costPerDurationTick[t] * perMinute
        var cost = [Double](repeating: .infinity, count: size * size)
        var step = [Int](repeating: 0, count: size * size)
        let earliest = (0..<size).map { windows[$0].first?.0 ?? Problem.farPast }
        let latest = (0..<size).map { windows[$0].last?.1 ?? Problem.farFuture }
        for i in 0...n {
            for j in 1...(n + 1) where i != j && !(i == 0 && j == n + 1) {
                let a = problemNode(i), b = problemNode(j)
                let service = i == 0 ? 0 : relaxedService(node[i])
                let ticks = service + relaxedTravel(a, b)
                let ready = (i == 0 ? departure : max(earliest[i], departure)) + ticks
                guard ready <= latest[j] else { continue }
                step[i * size + j] = ticks
                let minutes = p.travelMinutes(t, a, b)
                var c = p.costPerDistance[t] * p.distance(a, b) + p.costPerTravelTick[t] * perMinute * minutes
                c += durationCost * minutes
                if i == 0 { c += fixed }
                if i >= 1 {
                    let v = node[i]
                    c += durationCost * p.scenario.visits[v].duration * p.scenario.technicians[t].workDurationFactor
                    c -= p.preferenceBonus[t * V + v]
                }
                cost[i * size + j] = c
            }
        }
        var neighbourhood = [[Int]](repeating: [], count: size)
        var position = [Int8](repeating: -1, count: size * size)
        let width = min(n, max(1, min(ngSize, 64)))
        for i in 1...max(1, n) where i <= n {
            let others = (1...n).filter { $0 != i }.sorted {
                let a = p.distance(node[i], node[$0]), b = p.distance(node[i], node[$1])
                return a < b || (a == b && $0 < $1)
            }
            neighbourhood[i] = [i] + others.prefix(width - 1)
            for (k, u) in neighbourhood[i].enumerated() { position[i * size + u] = Int8(k) }
        }
        self.visit = node
        self.n = n
        self.cost = cost
        self.step = step
        self.windows = windows
        self.departure = departure
        self.latestArrival = latestArrival
        self.demand = node.map { $0 >= 0 ? p.demand[$0] : 0 }
        self.capacity = p.capacity[t]
        self.maxVisits = min(p.maxVisits[t], max(n, 1))
        self.neighbourhood = neighbourhood
        self.position = position
    }

    /// The earliest service start at local node j when arriving at `arrival`, `nil` when every
    /// window has closed.
    @inline(__always) func serviceStart(_ j: Int, arrival: Int) -> Int? {
        for window in windows[j] where window.1 >= arrival { return max(window.0, arrival) }
        return nil
    }

    /// The cost of a route given by local nodes (visits only), without duals.
    func routeCost(_ route: [Int]) -> Double {
        var total = 0.0, previous = 0
        let size = n + 2
        for i in route {
            total += cost[previous * size + i]
            previous = i
        }
        return total + cost[previous * size + n + 1]
    }
}
