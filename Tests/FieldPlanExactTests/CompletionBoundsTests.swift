@testable import FieldPlanExact
import FieldPlanModel
import Testing

/// Completion bounds and the pruning they allow in exact pricing, against brute force over every
/// elementary route of tiny networks with random duals and subset-row cuts.
@Suite struct CompletionBoundsTests {
    /// A tiny network of a random scenario with random duals and cuts (`nil` when too small).
    struct Case {
        let network: PricingNetwork
        let dual: [Double]
        let cuts: SubsetRowCuts
        let sigma: [Double]
        let pricingCuts: PricingCuts

        /// Reduced cost of a route (local nodes), cut duals included.
        func reducedCost(_ nodes: [Int]) -> Double {
            network.routeCost(nodes) - nodes.reduce(0) { $0 + dual[$1] }
                - cuts.dualValue(of: nodes.map { network.visit[$0] }, sigma: sigma)
        }

        /// The least reduced cost over every elementary route.
        var least: Double { RouteEnumeration.routes(network).map(reducedCost).min() ?? .infinity }
    }

    static func cases(seed: UInt64, dualScale: Double = 80) throws -> [Case] {
        var generator = TinyScenarios(seed: seed)
        let problem = try Problem(scenario: generator.scenario(weighted: seed % 3 == 0))
        var random = SplitMix(seed: seed &+ 101)
        var found: [Case] = []
        for technicians in RouteEnumeration.fleets(problem) {
            let network = PricingNetwork(problem: problem, technicians: technicians, ngSize: 64)
            guard network.n >= 3 else { continue }
            var localOf = [Int](repeating: -1, count: problem.visitCount)
            for i in 1...network.n { localOf[network.visit[i]] = i }
            let dual = [0] + (1...network.n).map { _ in random.uniform(0...dualScale) } + [0]
            var cuts = SubsetRowCuts()
            for _ in 0..<4 {
                let visits = network.visit[1...network.n].shuffled(using: &random)
                let triple = Array(visits.prefix(3)).sorted()
                let memory = Set(triple + visits.dropFirst(3).filter { _ in random.uniform(0...1) < 0.4 }).sorted()
                cuts.add(SubsetRowCut(triple: triple, memory: memory))
            }
            let sigma = (0..<cuts.count).map { _ in random.uniform(0...1) < 0.3 ? 0 : -random.uniform(0...30) }
            let pricingCuts = PricingCuts(cuts: cuts, sigma: sigma, network: network, localOf: localOf)
            found.append(Case(network: network, dual: dual, cuts: cuts, sigma: sigma, pricingCuts: pricingCuts))
        }
        return found
    }

    /// Along every elementary route, the bound at each visit (at its service start, after its
    /// predecessor) is at most the reduced cost of the rest of the route, and `least` is at most
    /// the least reduced cost of any route; a handful of buckets makes the rounding coarse.
    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func completionBoundsNeverExceedTheCompletions(seed: UInt64) throws {
        for item in try Self.cases(seed: seed) {
            let net = item.network, size = net.n + 2
            for buckets in [1, 7, 250] {
                let bounds = CompletionBounds(network: net, dual: item.dual, buckets: buckets)
                #expect(bounds.least <= item.least + 1e-6 * max(1, abs(item.least)))
                for route in RouteEnumeration.routes(net) {
                    var time = net.departure, previous = 0
                    var starts: [Int] = []
                    for j in route {
                        time = try #require(net.serviceStart(j, arrival: time + net.step[previous * size + j]))
                        starts.append(time)
                        previous = j
                    }
                    for (position, j) in route.enumerated() {
                        let rest = Array(route[(position + 1)...])
                        var completion = -rest.reduce(0) { $0 + item.dual[$1] }
                        var from = j
                        for k in rest + [net.n + 1] {
                            completion += net.cost[from * size + k]
                            from = k
                        }
                        let before = position == 0 ? 0 : route[position - 1]
                        let bound = bounds.bound(node: j, time: starts[position], previous: before)
                        #expect(bound <= completion + 1e-6 * max(1, abs(completion)),
                                "route \(route) at \(j): bound \(bound), completion \(completion), buckets \(buckets)")
                    }
                }
            }
        }
    }

    /// Pruning by completion bounds keeps the least reduced cost exact below the pruning level
    /// `min(threshold, 0)` and reports the level otherwise; the best route returned is the same.
    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func pruningKeepsTheLeastReducedCost(seed: UInt64) throws {
        for item in try Self.cases(seed: seed) {
            var pricer = LabellingPricer(network: item.network, exact: true, maxRoutes: 5, maxLabels: 1_000_000)
            pricer.cuts = item.pricingCuts
            let bounds = CompletionBounds(network: item.network, dual: item.dual)
            let plain = pricer.price(dual: item.dual, threshold: 0, shouldStop: { false })
            let least = try #require(plain.minimum)
            let tolerance = 1e-6 * max(1, abs(least))
            #expect(abs(least - item.least) <= tolerance, "labelling \(least), enumeration \(item.least)")
            for threshold in [0, least / 2, least + 1, least - 1] where threshold <= 0 {
                let pruned = pricer.price(dual: item.dual, threshold: threshold, bounds: bounds, shouldStop: { false })
                let level = min(threshold, 0)
                let minimum = try #require(pruned.minimum)
                #expect(abs(minimum - min(least, level)) <= tolerance, "threshold \(threshold): \(minimum) vs \(least)")
                #expect(pruned.lowerBound == minimum)
                let expected = least < threshold
                #expect(pruned.routes.isEmpty == !expected)
                if let first = pruned.routes.first, expected {
                    #expect(abs(first.reducedCost - least) <= tolerance)
                    #expect(abs(item.reducedCost(first.nodes) - first.reducedCost) <= tolerance)
                }
            }
        }
    }

    /// A run stopped by its label limit has no minimum, but its lower bound (closed routes,
    /// pending labels plus their completion bounds) stays at most the least reduced cost.
    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func aStoppedRunStillBoundsTheLeastReducedCost(seed: UInt64) throws {
        for item in try Self.cases(seed: seed) {
            let bounds = CompletionBounds(network: item.network, dual: item.dual)
            for maxLabels in [1, 3, 8, 20] {
                var pricer = LabellingPricer(network: item.network, exact: true, maxRoutes: 5, maxLabels: maxLabels)
                pricer.cuts = item.pricingCuts
                let outcome = pricer.price(dual: item.dual, threshold: 0, bounds: bounds, shouldStop: { false })
                let least = item.least
                #expect(outcome.lowerBound <= least + 1e-6 * max(1, abs(least)), "\(outcome.lowerBound) vs \(least)")
                if outcome.minimum == nil { #expect(outcome.lowerBound > -.infinity || bounds.least == -.infinity) }
            }
        }
    }

    /// An exact run stopped at `earlyLabels` with a route in hand returns routes below the
    /// threshold and a lower bound no greater than the least reduced cost; one that finishes
    /// first is exact. Over the twelve seeds some runs do stop early.
    @Test func aTruncatedRunReturnsRoutesAndAValidLowerBound() throws {
        var truncatedRuns = 0
        for seed in 1...12 as ClosedRange<UInt64> {
            for item in try Self.cases(seed: seed) {
                let bounds = CompletionBounds(network: item.network, dual: item.dual)
                let least = item.least, tolerance = 1e-6 * max(1, abs(item.least))
                for earlyLabels in [1, 4, 16] {
                    var pricer = LabellingPricer(network: item.network, exact: true, maxRoutes: 5, maxLabels: 1_000_000)
                    pricer.cuts = item.pricingCuts
                    pricer.earlyLabels = earlyLabels
                    let outcome = pricer.price(dual: item.dual, threshold: 0, bounds: bounds, shouldStop: { false })
                    #expect(outcome.lowerBound <= least + tolerance, "seed \(seed): \(outcome.lowerBound) vs \(least)")
                    if outcome.truncated {
                        truncatedRuns += 1
                        #expect(outcome.minimum == nil && !outcome.routes.isEmpty)
                        for route in outcome.routes {
                            #expect(route.reducedCost < 0)
                            #expect(abs(item.reducedCost(route.nodes) - route.reducedCost) <= tolerance)
                        }
                    } else {
                        let minimum = try #require(outcome.minimum)
                        #expect(abs(minimum - min(least, 0)) <= tolerance, "seed \(seed)")
                    }
                }
            }
        }
        #expect(truncatedRuns > 0)
    }

    /// Column generation whose exact pricing gives up (a tiny label limit) still reports a bound,
    /// from the completion bounds, and it stays below the brute-force optimum.
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func boundFromUnfinishedPricingNeverExceedsTheOptimum(seed: UInt64) throws {
        var generator = TinyScenarios(seed: seed)
        let problem = try Problem(scenario: generator.scenario(weighted: seed % 2 == 0))
        let result = try ColumnGenerationBound(problem: problem, maxLabels: 2).compute()
        let bound = try #require(result.bound)
        let optimum = BruteForce.optimum(problem)
        #expect(bound <= optimum + ColumnGenerationBoundTests.tolerance(optimum), "bound \(bound), optimum \(optimum)")
    }
}
