/// Prices routes of one ``PricingNetwork`` exactly by bidirectional labelling (Righini and
/// Salani 2006): forward labels from the start only up to a `midpoint` in time, backward labels
/// (forward labelling on ``PricingNetwork/reversed``) from the end only back to it, and every
/// route as a forward path joined to a backward path by one arc. Each half holds paths of about
/// half the length, so far fewer labels than one-way labelling on long routes with wide windows.
///
/// Forward labels start service before the midpoint, backward labels at or after it (their time
/// is the latest start that keeps the rest of the route feasible). Every route is found: join its
/// last visit that starts before the midpoint (or the start) to the next one. Dominance within a
/// half keeps a join at least as cheap, so the least reduced cost over the joins is exact.
///
/// A join over arc `i → j` is feasible when the forward label's service start plus the arc's ticks
/// is at most the backward label's latest start, loads and visit counts add up within the limits,
/// and the two ng-memories share no visit (which every elementary route passes, so the joined
/// routes are a relaxation that contains them). A subset-row cut whose state is pending on both
/// sides of the arc costs its penalty once more.
struct BidirectionalPricer {
    let network: PricingNetwork
    /// ``network`` reversed (pass it in when pricing the same network many times).
    let reversed: PricingNetwork
    /// Most routes returned.
    let maxRoutes: Int
    /// Labels (both halves) beyond which the run gives up (no minimum is then returned).
    let maxLabels: Int
    /// The subset-row cuts with non-zero duals.
    var cuts: PricingCuts = .none
    /// Forward labels start service before this time, backward labels at or after it.
    var midpoint: Int

    init(network: PricingNetwork, reversed: PricingNetwork? = nil, maxRoutes: Int, maxLabels: Int) {
        self.network = network
        self.reversed = reversed ?? network.reversed
        self.maxRoutes = maxRoutes
        self.maxLabels = maxLabels
        midpoint = network.departure + (network.latestArrival - network.departure) / 2
    }

    /// A joined route: the forward label, the backward label (0, the backward start, for the end)
    /// and the route's reduced cost.
    private typealias Join = (forward: Int32, backward: Int32, reducedCost: Double)

    /// Prices with node duals `dual[local node]` (0 for start and end), like
    /// ``LabellingPricer/price(dual:threshold:bounds:shouldStop:)`` in exact mode: routes whose
    /// reduced cost is below `threshold`, and the least reduced cost (below the pruning level
    /// `min(threshold, 0)` when completion bounds are given). `bounds` are the completion bounds of
    /// ``network`` and `backwardBounds` those of ``reversed``, with the same duals; either prunes
    /// its half. A run stopped by `shouldStop` or the label limit returns no minimum, and
    /// `bounds.least` as its lower bound.
    func price(
        dual: [Double], threshold: Double, bounds: CompletionBounds? = nil, backwardBounds: CompletionBounds? = nil,
        shouldStop: () -> Bool
    ) -> LabellingPricer.Outcome {
        let net = network, n = net.n
        guard n > 0 else { return LabellingPricer.Outcome(routes: [], minimum: 0, lowerBound: 0, labels: 0) }
        let level = bounds == nil ? Double.infinity : min(threshold, 0)
        let pruneAt = level.isFinite ? level + 1e-7 * max(1, abs(level)) : .infinity
        var forward = LabelGeneration(
            network: net, exact: true, cuts: cuts, perNode: .max, createBefore: midpoint)
        var backward = LabelGeneration(
            network: reversed, exact: true, cuts: cuts, perNode: .max, createBefore: 1 - midpoint)
        let gaveUp = LabellingPricer.Outcome(
            routes: [], minimum: nil, lowerBound: bounds?.least ?? -.infinity, labels: 0)
        var popped = 0
        for direction in 0..<2 {
            while true {
                let next = direction == 0 ? forward.heap.pop() : backward.heap.pop()
                guard let index = next else { break }
                popped += 1
                var outcome = gaveUp
                outcome.labels = forward.labels.count + backward.labels.count
                outcome.backwardLabels = backward.labels.count
                if popped & 4095 == 0 && shouldStop() { return outcome }
                let extended = direction == 0
                    ? !forward.labels[Int(index)].alive || forward.extend(
                        index, dual: dual, bounds: bounds, pruneAt: pruneAt, maxLabels: maxLabels)
                    : !backward.labels[Int(index)].alive || backward.extend(
                        index, dual: dual, bounds: backwardBounds, pruneAt: pruneAt,
                        maxLabels: maxLabels - forward.labels.count)
                if !extended { return outcome }
            }
        }
        var found = join(forward, backward, threshold: threshold, exactMinimum: bounds == nil, shouldStop: shouldStop)
        let labels = forward.labels.count + backward.labels.count
        guard let minimum = found.minimum else {
            return LabellingPricer.Outcome(
                routes: routes(&found.joins, forward, backward), minimum: nil, lowerBound: gaveUp.lowerBound,
                labels: labels, backwardLabels: backward.labels.count)
        }
        let least = min(minimum, level)
        return LabellingPricer.Outcome(
            routes: routes(&found.joins, forward, backward), minimum: least, lowerBound: least, labels: labels,
            backwardLabels: backward.labels.count)
    }

    /// Every feasible join below the cut-off: routes below `threshold` (at most a few times
    /// `maxRoutes` kept) and the least reduced cost, exact below the threshold, or everywhere when
    /// `exactMinimum`. The minimum is `nil` when `shouldStop` cut the join short.
    private func join(
        _ forward: LabelGeneration, _ backward: LabelGeneration, threshold: Double, exactMinimum: Bool,
        shouldStop: () -> Bool
    ) -> (joins: [Join], minimum: Double?) {
        let net = network, n = net.n, size = n + 2, end = n + 1, words = cuts.words
        let useLoad = net.demand.reduce(0, +) > net.capacity + 1e-9
        let useCount = net.maxVisits < n
        let ends = backward.live.map { $0.sorted { $0.cost < $1.cost || ($0.cost == $1.cost && $0.label < $1.label) } }
        let root = forward.labels[0]
        let start = LabelGeneration.Entry(
            cost: root.cost, time: root.time, memory: root.memory, load: root.load, count: root.count, label: 0)
        var joins: [Join] = []
        var minimum = Double.infinity
        var worstKept = Double.infinity
        var cutoff = exactMinimum ? Double.infinity : threshold
        var scanned = 0
        func record(_ f: Int32, _ b: Int32, _ value: Double) {
            if value < minimum { minimum = value }
            if value < threshold && value < worstKept {
                joins.append((f, b, value))
                if joins.count > 4 * maxRoutes {
                    trim(&joins, forward, backward)
                    if joins.count >= maxRoutes, let last = joins.last { worstKept = last.reducedCost }
                }
            }
            let routeCutoff = min(threshold, worstKept)
            cutoff = exactMinimum ? max(routeCutoff, minimum) : routeCutoff
        }
        for i in 0...n {
            for f in i == 0 ? [start] : forward.live[i] {
                scanned += 1
                if scanned & 1023 == 0 && shouldStop() { return (joins, nil) }
                let fState = Int(f.label) * words
                for j in 1...end where j != i && !(i == 0 && j == end) {
                    let arc = net.cost[i * size + j]
                    guard arc < .infinity else { continue }
                    if i > 0 {
                        let at = net.position[i * size + j]
                        if at >= 0 && f.memory & (1 << UInt64(at)) != 0 { continue }
                    }
                    let arrival = f.time + net.step[i * size + j], partial = f.cost + arc
                    if j == end {
                        if arrival <= net.latestArrival && partial < cutoff { record(f.label, 0, partial) }
                        continue
                    }
                    let list = ends[j]
                    guard let first = list.first, partial + first.cost < cutoff else { continue }
                    var mask: UInt64 = 0
                    if i > 0 {
                        let hood = net.neighbourhood[i]
                        var bits = f.memory
                        while bits != 0 {
                            let at = net.position[j * size + hood[bits.trailingZeroBitCount]]
                            if at >= 0 { mask |= 1 << UInt64(at) }
                            bits &= bits - 1
                        }
                    }
                    for b in list {
                        var value = partial + b.cost
                        if value >= cutoff { break }
                        guard arrival <= -b.time, b.memory & mask == 0,
                              !useLoad || f.load + b.load <= net.capacity + 1e-9,
                              !useCount || Int(f.count + b.count) <= net.maxVisits else { continue }
                        let bState = Int(b.label) * words
                        for w in 0..<words {
                            let both = forward.states[fState + w] & backward.states[bState + w]
                            if both != 0 { value += cuts.penalty(of: both, word: w) }
                        }
                        if value < cutoff { record(f.label, b.label, value) }
                    }
                }
            }
        }
        return (joins, minimum)
    }

    /// The visits (local nodes) of a joined route.
    private func nodes(_ join: Join, _ forward: LabelGeneration, _ backward: LabelGeneration) -> [Int] {
        forward.path(to: join.forward) + backward.path(to: join.backward).reversed()
    }

    /// Keeps the best `maxRoutes` distinct routes, best first (ties by labels, so runs repeat).
    private func trim(_ joins: inout [Join], _ forward: LabelGeneration, _ backward: LabelGeneration) {
        joins.sort {
            ($0.reducedCost, $0.forward, $0.backward) < ($1.reducedCost, $1.forward, $1.backward)
        }
        var seen = Set<[Int]>()
        joins = joins.filter { seen.count < maxRoutes && seen.insert(nodes($0, forward, backward)).inserted }
    }

    /// The routes of the best joins, best first.
    private func routes(
        _ joins: inout [Join], _ forward: LabelGeneration, _ backward: LabelGeneration
    ) -> [(nodes: [Int], reducedCost: Double)] {
        trim(&joins, forward, backward)
        return joins.map { (nodes($0, forward, backward), $0.reducedCost) }
    }
}
