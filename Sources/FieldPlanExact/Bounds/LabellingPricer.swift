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
        /// Labels created (both halves in bidirectional labelling).
        var labels = 0
        /// Labels of the backward half in bidirectional labelling (``BidirectionalPricer``), else 0.
        var backwardLabels = 0
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

    /// Prices with node duals `dual[local node]` (0 for start and end): a route's reduced cost is
    /// its cost minus the duals of its visits. Returns routes whose reduced cost is below
    /// `threshold`. With completion `bounds` (computed with the same duals), a label is dropped
    /// when its cost plus its completion bound reaches the pruning level, `min(threshold, 0)` in
    /// exact mode (so the least reduced cost stays exact whenever it is below that level), the
    /// threshold in heuristic mode.
    func price(dual: [Double], threshold: Double, bounds: CompletionBounds? = nil, shouldStop: () -> Bool) -> Outcome {
        let net = network, n = net.n, size = n + 2, end = n + 1
        guard n > 0 else { return Outcome(routes: [], minimum: 0, lowerBound: 0, labels: 0) }
        let level = bounds == nil ? Double.infinity : (exact ? min(threshold, 0) : threshold)
        let pruneAt = level.isFinite ? level + 1e-7 * max(1, abs(level)) : .infinity
        var generation = LabelGeneration(network: net, exact: exact, cuts: cuts, perNode: exact ? Int.max : 4)
        var minimum = Double.infinity
        var found: [(label: Int32, reducedCost: Double)] = []
        var popped = 0
        /// The outcome of a run stopped before the heap emptied, `current` popped but not fully
        /// extended.
        func stopped(_ current: Int32, truncated: Bool = false) -> Outcome {
            var lower = bounds?.least ?? -.infinity
            if exact, let bounds {
                lower = min(minimum, level)
                let labels = generation.labels
                for index in generation.heap.pending + [current] where labels[Int(index)].alive {
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
                routes: routes(found, generation), minimum: nil, lowerBound: lower, labels: generation.labels.count,
                truncated: truncated)
        }

        while let index = generation.heap.pop() {
            popped += 1
            if popped & 4095 == 0 && shouldStop() { return stopped(index) }
            if generation.labels.count >= earlyLabels && !found.isEmpty { return stopped(index, truncated: true) }
            let label = generation.labels[Int(index)]
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
            guard generation.extend(index, dual: dual, bounds: bounds, pruneAt: pruneAt, maxLabels: maxLabels) else {
                return stopped(index)
            }
        }
        guard exact else {
            return Outcome(routes: routes(found, generation), minimum: nil, lowerBound: bounds?.least ?? -.infinity,
                           labels: generation.labels.count)
        }
        let least = min(minimum, level)
        return Outcome(routes: routes(found, generation), minimum: least, lowerBound: least, labels: generation.labels.count)
    }

    private func trim(_ found: inout [(label: Int32, reducedCost: Double)]) {
        found.sort { $0.reducedCost < $1.reducedCost || ($0.reducedCost == $1.reducedCost && $0.label < $1.label) }
        found.removeLast(found.count - maxRoutes)
    }

    private func routes(
        _ found: [(label: Int32, reducedCost: Double)], _ generation: LabelGeneration
    ) -> [(nodes: [Int], reducedCost: Double)] {
        var best = found
        if best.count > maxRoutes { trim(&best) } else {
            best.sort { $0.reducedCost < $1.reducedCost || ($0.reducedCost == $1.reducedCost && $0.label < $1.label) }
        }
        return best.map { (generation.path(to: $0.label), $0.reducedCost) }
    }
}
