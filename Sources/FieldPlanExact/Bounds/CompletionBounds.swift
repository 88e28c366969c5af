/// Lower bounds on the reduced cost of completing a route of a ``PricingNetwork``: for each visit
/// node and service start time, no completion from there to the end (the visits after the node,
/// their duals subtracted, and the return) is cheaper.
///
/// A backward dynamic programme over (node, time bucket) relaxes the labelling: it drops the load,
/// visit count, ng-memory and the subset-row penalties (which are ≥ 0), keeping time windows and
/// 2-cycle elimination where the ng-route rules forbid the 2-cycle (`j → k → j` when j is a
/// neighbour of k). Times are rounded down to the start of their bucket, which only widens what a
/// completion may reach, because starting later never makes a completion cheaper. So every value
/// is at most the least ng-completion cost, and ``least`` is a lower bound on the least reduced
/// cost of any route (before the fleet dual).
struct CompletionBounds: Sendable {
    /// Time of the start of bucket 0 (the departure).
    private let origin: Int
    /// Ticks per bucket.
    private let width: Int
    /// Buckets per node.
    private let count: Int
    /// Local nodes of the network, `n + 2`.
    private let size: Int
    /// Position of u in the ng-neighbourhood of node i, as in ``PricingNetwork/position``.
    private let position: [Int8]
    /// The least completion bound per (node, bucket), `best[node * count + bucket]`.
    private let best: [Double]
    /// The first node after the node on the way to `best` (`n + 1` is the end).
    private let successor: [Int32]
    /// The least completion bound whose first node after the node differs from `successor`.
    private let second: [Double]
    /// A lower bound on the least reduced cost of any route from the start (`.infinity` when the
    /// network has no route).
    let least: Double

    /// The bounds of `network` with node duals `dual[local node]`, over `buckets` time buckets
    /// from the departure to the latest arrival.
    init(network net: PricingNetwork, dual: [Double], buckets: Int = 250) {
        let size = net.n + 2
        let origin = net.departure
        let horizon = max(1, net.latestArrival - origin + 1)
        let width = max(1, (horizon + max(1, buckets) - 1) / max(1, buckets))
        let count = (horizon + width - 1) / width
        self.origin = origin
        self.width = width
        self.count = count
        self.size = size
        self.position = net.position
        (best, second, successor, least) = Self.solve(net, dual, origin: origin, width: width, count: count)
    }

    /// The backward programme: `best`, `second`, `successor` by (node, bucket) and `least`.
    private static func solve(
        _ net: PricingNetwork, _ dual: [Double], origin: Int, width: Int, count: Int
    ) -> ([Double], [Double], [Int32], Double) {
        let n = net.n, size = n + 2, end = n + 1
        var best = [Double](repeating: .infinity, count: size * count)
        var second = [Double](repeating: .infinity, count: size * count)
        var successor = [Int32](repeating: -1, count: size * count)
        guard n > 0 else { return (best, second, successor, .infinity) }

        /// The bucket of a time not after the latest arrival.
        func bucket(_ t: Int) -> Int { min(count - 1, max(0, (t - origin) / width)) }
        /// Records a completion of `value` through `next` at index `at`; `true` when it lowered a bound.
        func offer(_ at: Int, _ value: Double, _ next: Int32) -> Bool {
            if value < best[at] {
                if successor[at] != next { second[at] = best[at] }
                best[at] = value
                successor[at] = next
                return true
            }
            if successor[at] != next && value < second[at] {
                second[at] = value
                return true
            }
            return false
        }
        /// The bound of completing from k in bucket b after coming from j.
        func after(_ j: Int, _ k: Int, _ b: Int) -> Double {
            let at = k * count + b
            return successor[at] == Int32(j) && net.position[k * size + j] >= 0 ? second[at] : best[at]
        }

        var sameBucket: [(from: Int, to: Int)] = []
        for b in stride(from: count - 1, through: 0, by: -1) {
            let time = origin + b * width
            sameBucket.removeAll(keepingCapacity: true)
            for j in 1...n {
                let at = j * count + b
                let closing = net.cost[j * size + end]
                if closing < .infinity && time + net.step[j * size + end] <= net.latestArrival {
                    _ = offer(at, closing, Int32(end))
                }
                for k in 1...n where k != j {
                    let c = net.cost[j * size + k]
                    guard c < .infinity,
                          let start = net.serviceStart(k, arrival: time + net.step[j * size + k]),
                          start <= net.latestArrival else { continue }
                    let target = bucket(start)
                    if target == b {
                        sameBucket.append((j, k))
                    } else {
                        _ = offer(at, c - dual[k] + after(j, k, target), Int32(k))
                    }
                }
            }
            guard !sameBucket.isEmpty else { continue }
            var passes = 0, changed = true
            while changed && passes <= n + 1 {
                changed = false
                passes += 1
                for (j, k) in sameBucket where offer(j * count + b, net.cost[j * size + k] - dual[k] + after(j, k, b), Int32(k)) {
                    changed = true
                }
            }
            if changed {
                for j in 1...n {
                    best[j * count + b] = -.infinity
                    second[j * count + b] = -.infinity
                }
            }
        }
        var least = Double.infinity
        for k in 1...n where net.cost[k] < .infinity {
            guard let start = net.serviceStart(k, arrival: origin + net.step[k]), start <= net.latestArrival else {
                continue
            }
            least = min(least, net.cost[k] - dual[k] + best[k * count + bucket(start)])
        }
        return (best, second, successor, least)
    }

    /// A lower bound on the reduced cost of completing a route whose service at visit node `j`
    /// starts at `time` (not after the latest arrival) and which came from node `previous` (0 for
    /// the start): the ng-memory then forbids going back to `previous` when it is a neighbour of j.
    @inline(__always) func bound(node j: Int, time: Int, previous: Int) -> Double {
        let at = j * count + min(count - 1, max(0, (time - origin) / width))
        if previous > 0 && successor[at] == Int32(previous) && position[j * size + previous] >= 0 {
            return second[at]
        }
        return best[at]
    }
}
