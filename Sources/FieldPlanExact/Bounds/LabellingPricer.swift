/// Prices routes of one ``PricingNetwork`` by a forward labelling algorithm for the
/// resource-constrained shortest path with time windows, capacity, visit counts and
/// ng-route memory (which forbids 2-cycles among neighbours), and the states of the
/// limited-memory subset-row cuts in ``PricingCuts`` (a label pays a cut's penalty each time its
/// state wraps).
///
/// `exact` keeps every label no other label dominates (cost, time, load, count, memory), so the
/// least reduced cost it returns is the least over all ng-routes: a valid input to a Lagrangian
/// bound. With cuts, a label dominates another only when its cost plus the penalties of the cuts
/// it has pending and the other has not is still no greater. The heuristic mode dominates on cost
/// and time only and keeps few labels per node; it finds improving routes fast but proves nothing.
///
/// With ``CompletionBounds`` a label whose cost plus completion bound cannot get below the pruning
/// level is dropped, and a run stopped early still yields a lower bound on the least reduced cost
/// (``Outcome/lowerBound``).
struct LabellingPricer {
    /// What one pricing run found.
    struct Outcome {
        /// Routes (local nodes, visits only) with reduced cost below the threshold, best first.
        var routes: [(nodes: [Int], reducedCost: Double)] = []
        /// When the run was exact and finished: the least reduced cost of any route if it is below
        /// the pruning level (`min(threshold, 0)` with completion bounds, `+∞` without), else that
        /// level. Either way it is at most the least reduced cost, and `min(0, minimum)` equals
        /// `min(0, least)` whenever the least is below the threshold or no bounds were given.
        var minimum: Double?
        /// A lower bound on the least reduced cost that holds even when the run stopped early:
        /// `minimum` when it finished; else, with completion bounds in exact mode, the least over
        /// the routes closed, the pruning level and every pending label's cost plus its completion
        /// bound; else the completion bounds' ``CompletionBounds/least`` (`−∞` without bounds).
        var lowerBound: Double = -.infinity
        /// Labels created.
        var labels = 0
        /// Whether the run stopped at ``LabellingPricer/earlyLabels`` with routes below the
        /// threshold in hand (rather than at the time or label limit, or at the end).
        var truncated = false
    }

    let network: PricingNetwork
    /// Whether to prove the minimum (full dominance) rather than search fast.
    let exact: Bool
    /// Most routes returned.
    let maxRoutes: Int
    /// Labels beyond which the run gives up (no minimum is then returned).
    let maxLabels: Int
    /// The subset-row cuts with non-zero duals.
    var cuts: PricingCuts = .none
    /// Labels after which an exact run that has found a route below the threshold stops (no
    /// minimum then, but ``Outcome/lowerBound`` holds): a label count, so runs are deterministic.
    var earlyLabels = Int.max

    private struct Label {
        var node: Int32
        var count: Int32
        var parent: Int32
        var alive: Bool
        var time: Int
        var load: Double
        var cost: Double
        var memory: UInt64
    }

    /// A live label as its node's dominance scan reads it (contiguous, cheap resources first).
    private struct Entry {
        var cost: Double
        var time: Int
        var memory: UInt64
        var load: Double
        var count: Int32
        var label: Int32
    }

    /// Prices with node duals `dual[local node]` (0 for start and end): a route's reduced cost is
    /// its cost minus the duals of its visits. Returns routes whose reduced cost is below
    /// `threshold`. With completion `bounds` (computed with the same duals), a label is dropped
    /// when its cost plus its completion bound reaches the pruning level, `min(threshold, 0)` in
    /// exact mode (so the least reduced cost stays exact whenever it is below that level), the
    /// threshold in heuristic mode.
    func price(dual: [Double], threshold: Double, bounds: CompletionBounds? = nil, shouldStop: () -> Bool) -> Outcome {
        let net = network, n = net.n, size = n + 2, end = n + 1
        guard n > 0 else { return Outcome(routes: [], minimum: 0, lowerBound: 0, labels: 0) }
        let useLoad = net.demand.reduce(0, +) > net.capacity + 1e-9
        let useCount = net.maxVisits < n
        let perNode = exact ? Int.max : 4
        let level = bounds == nil ? Double.infinity : (exact ? min(threshold, 0) : threshold)
        let pruneAt = level.isFinite ? level + 1e-7 * max(1, abs(level)) : .infinity
        var labels: [Label] = [Label(
            node: 0, count: 0, parent: -1, alive: true, time: net.departure, load: 0, cost: 0, memory: 0)]
        let words = cuts.words
        var states = [UInt64](repeating: 0, count: words)
        var state = [UInt64](repeating: 0, count: words)
        /// The penalties of cuts pending in label a but not in `state`.
        func pendingExtra(_ a: Int, over state: [UInt64]) -> Double {
            var extra = 0.0
            for w in 0..<words where states[a * words + w] & ~state[w] != 0 {
                extra += cuts.penalty(of: states[a * words + w] & ~state[w], word: w)
            }
            return extra
        }
        /// The penalties of cuts pending in `state` but not in label b.
        func pendingExtra(_ state: [UInt64], over b: Int) -> Double {
            var extra = 0.0
            for w in 0..<words where state[w] & ~states[b * words + w] != 0 {
                extra += cuts.penalty(of: state[w] & ~states[b * words + w], word: w)
            }
            return extra
        }
        var live = [[Entry]](repeating: [], count: size)
        var list: [Entry] = []
        var heap = LabelHeap()
        heap.push(time: net.departure, index: 0)
        var minimum = Double.infinity
        var found: [(label: Int32, reducedCost: Double)] = []
        var popped = 0
        let epsilon = 1e-9
        /// The outcome of a run stopped before the heap emptied, `current` popped but not fully
        /// extended.
        func stopped(_ current: Int32, truncated: Bool = false) -> Outcome {
            var lower = bounds?.least ?? -.infinity
            if exact, let bounds {
                lower = min(minimum, level)
                for index in heap.pending + [current] where labels[Int(index)].alive {
                    let label = labels[Int(index)]
                    guard label.node > 0 else {
                        lower = min(lower, bounds.least)
                        continue
                    }
                    let previous = Int(labels[Int(label.parent)].node)
                    lower = min(lower, label.cost + bounds.bound(node: Int(label.node), time: label.time, previous: previous))
                }
            }
            return Outcome(
                routes: routes(found, labels), minimum: nil, lowerBound: lower, labels: labels.count, truncated: truncated)
        }

        while let index = heap.pop() {
            popped += 1
            if popped & 4095 == 0 && shouldStop() { return stopped(index) }
            if labels.count >= earlyLabels && !found.isEmpty { return stopped(index, truncated: true) }
            let label = labels[Int(index)]
            guard label.alive else { continue }
            let i = Int(label.node)
            if i > 0 {
                let closing = net.cost[i * size + end]
                if closing < .infinity && label.time + net.step[i * size + end] <= net.latestArrival {
                    let reduced = label.cost + closing
                    if reduced < minimum { minimum = reduced }
                    if reduced < threshold {
                        found.append((index, reduced))
                        if found.count > 4 * maxRoutes { trim(&found) }
                    }
                }
            }
            guard Int(label.count) < net.maxVisits else { continue }
            for j in 1...n where j != i {
                let arcCost = net.cost[i * size + j]
                guard arcCost < .infinity else { continue }
                if i > 0 {
                    let at = net.position[i * size + j]
                    if at >= 0 && label.memory & (1 << UInt64(at)) != 0 { continue }
                }
                let load = label.load + net.demand[j]
                guard load <= net.capacity + 1e-9 else { continue }
                guard let start = net.serviceStart(j, arrival: label.time + net.step[i * size + j]) else { continue }
                guard net.cost[j * size + end] < .infinity,
                      start + net.step[j * size + end] <= net.latestArrival else { continue }
                var cost = label.cost + arcCost - dual[j]
                for w in 0..<words {
                    let old = states[Int(index) * words + w], inTriple = cuts.member[j * words + w]
                    state[w] = (old & cuts.keep[j * words + w]) ^ inTriple
                    if old & inTriple != 0 { cost += cuts.penalty(of: old & inTriple, word: w) }
                }
                if let bounds, cost + bounds.bound(node: j, time: start, previous: i) >= pruneAt { continue }
                var memory: UInt64 = 1
                if i > 0 {
                    let hood = net.neighbourhood[j]
                    for k in 1..<hood.count {
                        let at = net.position[i * size + hood[k]]
                        if at >= 0 && label.memory & (1 << UInt64(at)) != 0 { memory |= 1 << UInt64(k) }
                    }
                }
                let count = label.count + 1
                var dominated = false
                for o in live[j] where o.cost <= cost + epsilon && o.time <= start {
                    if exact {
                        if o.memory & ~memory != 0 || useLoad && o.load > load + 1e-9 || useCount && o.count > count {
                            continue
                        }
                        if words > 0 && o.cost + pendingExtra(Int(o.label), over: state) > cost + epsilon { continue }
                    }
                    dominated = true
                    break
                }
                if dominated || live[j].count >= perNode { continue }
                swap(&list, &live[j])
                var kept = 0
                for k in list.indices {
                    let o = list[k]
                    if cost <= o.cost + epsilon && start <= o.time
                        && (!exact || (memory & ~o.memory == 0 && (!useLoad || load <= o.load + 1e-9)
                            && (!useCount || count <= o.count)
                            && (words == 0 || cost + pendingExtra(state, over: Int(o.label)) <= o.cost + epsilon))) {
                        labels[Int(o.label)].alive = false
                    } else {
                        list[kept] = o
                        kept += 1
                    }
                }
                list.removeLast(list.count - kept)
                let new = Int32(labels.count)
                list.append(Entry(cost: cost, time: start, memory: memory, load: load, count: count, label: new))
                swap(&list, &live[j])
                labels.append(Label(
                    node: Int32(j), count: count, parent: index, alive: true, time: start, load: load, cost: cost,
                    memory: memory))
                states.append(contentsOf: state)
                heap.push(time: start, index: new)
                if labels.count > maxLabels { return stopped(index) }
            }
        }
        guard exact else {
            return Outcome(routes: routes(found, labels), minimum: nil, lowerBound: bounds?.least ?? -.infinity,
                           labels: labels.count)
        }
        let least = min(minimum, level)
        return Outcome(routes: routes(found, labels), minimum: least, lowerBound: least, labels: labels.count)
    }

    private func trim(_ found: inout [(label: Int32, reducedCost: Double)]) {
        found.sort { $0.reducedCost < $1.reducedCost || ($0.reducedCost == $1.reducedCost && $0.label < $1.label) }
        found.removeLast(found.count - maxRoutes)
    }

    private func routes(
        _ found: [(label: Int32, reducedCost: Double)], _ labels: [Label]
    ) -> [(nodes: [Int], reducedCost: Double)] {
        var best = found
        if best.count > maxRoutes { trim(&best) } else {
            best.sort { $0.reducedCost < $1.reducedCost || ($0.reducedCost == $1.reducedCost && $0.label < $1.label) }
        }
        return best.map { entry in
            var nodes: [Int] = []
            var at = entry.label
            while at > 0 {
                nodes.append(Int(labels[Int(at)].node))
                at = labels[Int(at)].parent
            }
            return (nodes.reversed(), entry.reducedCost)
        }
    }
}
