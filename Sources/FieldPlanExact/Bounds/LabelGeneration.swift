/// The labels of one labelling run over a ``PricingNetwork``, and the extension step both pricers
/// share: a label (a path from the start) is extended to every next visit it may reach under the
/// time windows, capacity, visit count, ng-route memory and subset-row cut states of
/// ``PricingCuts``, and kept unless a live label at the same node dominates it.
///
/// `exact` keeps every label no other label dominates (cost, time, load, count, memory and, with
/// cuts, cost after the penalties the other may yet pay), so no path is lost that could lead to a
/// cheaper route. The heuristic mode dominates on cost and time only and keeps `perNode` labels
/// per node. Labels that would start service at or after `createBefore` are not created (the
/// forward half of bidirectional labelling). Labels live in flat arrays; the dominance scan reads
/// each node's live labels from a contiguous array, cheap resources first.
struct LabelGeneration {
    /// A path from the start, by its last node and resources.
    struct Label {
        var node: Int32
        var count: Int32
        var parent: Int32
        var alive: Bool
        var time: Int
        var load: Double
        var cost: Double
        var memory: UInt64
    }

    /// A live label as its node's dominance scan reads it.
    struct Entry {
        var cost: Double
        var time: Int
        var memory: UInt64
        var load: Double
        var count: Int32
        var label: Int32
    }

    let network: PricingNetwork
    let exact: Bool
    let cuts: PricingCuts
    /// Most live labels per node.
    let perNode: Int
    /// Service starts at or after this are not created.
    let createBefore: Int
    /// Every label created, the start label first (index 0).
    private(set) var labels: [Label]
    /// Cut states of every label, `states[label * words + w]`.
    private(set) var states: [UInt64]
    /// The live labels of each node.
    private(set) var live: [[Entry]]
    /// Labels waiting to be extended, earliest first.
    var heap = LabelHeap()
    private let useLoad: Bool
    /// Whether the visit limit is below the number of visits (a real limit: counts always matter).
    private let useCount: Bool
    /// Whether routes may revisit visits (ng-memories smaller than the network), so the visit
    /// limit, which then only caps cycling, can stop a path that another with fewer visits would
    /// extend: a label then dominates one with fewer visits only if the limit cannot bind on it.
    private let capsCycles: Bool
    /// The fewest ticks of an arc into a visit (0 makes every count matter).
    private let minStep: Int
    private var list: [Entry] = []
    private var state: [UInt64]
    private let epsilon = 1e-9

    init(network net: PricingNetwork, exact: Bool, cuts: PricingCuts, perNode: Int, createBefore: Int = .max) {
        network = net
        self.exact = exact
        self.cuts = cuts
        self.perNode = perNode
        self.createBefore = createBefore
        useLoad = net.demand.reduce(0, +) > net.capacity + 1e-9
        useCount = net.maxVisits < net.n
        capsCycles = !useCount && net.neighbourhood.contains { !$0.isEmpty && $0.count < net.n }
        var minStep = Int.max
        for i in 0...net.n {
            for j in 1..<(net.n + 1) where net.cost[i * (net.n + 2) + j] < .infinity {
                minStep = min(minStep, net.step[i * (net.n + 2) + j])
            }
        }
        self.minStep = minStep
        labels = [Label(node: 0, count: 0, parent: -1, alive: true, time: net.departure, load: 0, cost: 0, memory: 0)]
        states = [UInt64](repeating: 0, count: cuts.words)
        state = [UInt64](repeating: 0, count: cuts.words)
        live = [[Entry]](repeating: [], count: net.n + 2)
        heap.push(time: net.departure, index: 0)
    }

    /// Whether the visit limit may stop some extension of a path with `count` visits whose last
    /// service starts at `time` (each further visit takes at least ``minStep`` ticks).
    @inline(__always) private func limitMayBind(count: Int32, time: Int) -> Bool {
        guard minStep > 0 else { return true }
        return Int(count) + (network.latestArrival - time) / minStep > network.maxVisits
    }

    /// The penalties of cut states `a` has pending and `b` has not, `b` given by its words.
    @inline(__always) private func pendingExtra(_ a: Int, over b: [UInt64]) -> Double {
        var extra = 0.0
        for w in 0..<cuts.words where states[a * cuts.words + w] & ~b[w] != 0 {
            extra += cuts.penalty(of: states[a * cuts.words + w] & ~b[w], word: w)
        }
        return extra
    }

    /// The penalties of cut states `a` (given by its words) has pending and label `b` has not.
    @inline(__always) private func pendingExtra(_ a: [UInt64], over b: Int) -> Double {
        var extra = 0.0
        for w in 0..<cuts.words where a[w] & ~states[b * cuts.words + w] != 0 {
            extra += cuts.penalty(of: a[w] & ~states[b * cuts.words + w], word: w)
        }
        return extra
    }

    /// Extends the live label `index` to every visit it may reach, with node duals `dual`: a new
    /// label is dropped when its cost plus its completion bound reaches `pruneAt`, or when a live
    /// label dominates it; live labels it dominates die. Returns `false` as soon as more than
    /// `maxLabels` labels exist.
    mutating func extend(_ index: Int32, dual: [Double], bounds: CompletionBounds?, pruneAt: Double, maxLabels: Int) -> Bool {
        let net = network, n = net.n, size = n + 2, end = n + 1, words = cuts.words
        let label = labels[Int(index)]
        guard Int(label.count) < net.maxVisits else { return true }
        let i = Int(label.node)
        for j in 1...n where j != i {
            let arcCost = net.cost[i * size + j]
            guard arcCost < .infinity else { continue }
            if i > 0 {
                let at = net.position[i * size + j]
                if at >= 0 && label.memory & (1 << UInt64(at)) != 0 { continue }
            }
            let load = label.load + net.demand[j]
            guard load <= net.capacity + 1e-9 else { continue }
            guard let start = net.serviceStart(j, arrival: label.time + net.step[i * size + j]),
                  start < createBefore else { continue }
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
                    if capsCycles && o.count > count && limitMayBind(count: o.count, time: o.time) { continue }
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
                        && (!capsCycles || count <= o.count || !limitMayBind(count: count, time: start))
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
            if labels.count > maxLabels { return false }
        }
        return true
    }

    /// The visits (local nodes) of the path ending in `label`, from the first after the start.
    func path(to label: Int32) -> [Int] {
        var nodes: [Int] = []
        var at = label
        while at > 0 {
            nodes.append(Int(labels[Int(at)].node))
            at = labels[Int(at)].parent
        }
        return nodes.reversed()
    }
}
