@testable import FieldPlanExact
import FieldPlanModel
import Testing

/// Bidirectional labelling against brute force over every elementary route of tiny networks
/// with random duals and subset-row cuts, at midpoints from the start to the end of the day.
@Suite struct BidirectionalPricerTests {
    /// Midpoints across the day: at the departure (backward labels do everything), a quarter, the
    /// middle, three quarters and after the latest arrival (forward labels do everything).
    static func midpoints(_ network: PricingNetwork) -> [Int] {
        let from = network.departure, span = network.latestArrival - network.departure
        return [from, from + span / 4, from + span / 2, from + 3 * span / 4, network.latestArrival + 1]
    }

    /// The reversed network has exactly the reversed routes of the network, at the same cost.
    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func theReversedNetworkHasTheReversedRoutes(seed: UInt64) throws {
        for item in try CompletionBoundsTests.cases(seed: seed) {
            let net = item.network, back = net.reversed
            let routes = Set(RouteEnumeration.routes(net))
            #expect(!routes.isEmpty)
            #expect(Set(RouteEnumeration.routes(back).map { Array($0.reversed()) }) == routes)
            for route in routes {
                let forwardCost = net.routeCost(route), backwardCost = back.routeCost(route.reversed())
                #expect(abs(forwardCost - backwardCost) <= 1e-9 * max(1, abs(forwardCost)))
            }
        }
    }

    /// Without completion bounds the least reduced cost is the brute-force least at every
    /// midpoint, and every route returned is below the threshold, at its true reduced cost, once.
    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func theLeastReducedCostIsExactAtEveryMidpoint(seed: UInt64) throws {
        for item in try CompletionBoundsTests.cases(seed: seed) {
            let least = item.least, tolerance = 1e-6 * max(1, abs(least))
            for midpoint in Self.midpoints(item.network) {
                var pricer = BidirectionalPricer(network: item.network, maxRoutes: 5, maxLabels: 1_000_000)
                pricer.cuts = item.pricingCuts
                pricer.midpoint = midpoint
                let outcome = pricer.price(dual: item.dual, threshold: 0, shouldStop: { false })
                let minimum = try #require(outcome.minimum)
                #expect(abs(minimum - least) <= tolerance, "seed \(seed), midpoint \(midpoint): \(minimum) vs \(least)")
                #expect(outcome.lowerBound == minimum)
                #expect(Set(outcome.routes.map(\.nodes)).count == outcome.routes.count)
                #expect(outcome.routes.count <= 5)
                #expect(outcome.routes.map(\.reducedCost) == outcome.routes.map(\.reducedCost).sorted())
                for route in outcome.routes {
                    #expect(route.reducedCost < 0)
                    #expect(Set(route.nodes).count == route.nodes.count)
                    #expect(abs(item.reducedCost(route.nodes) - route.reducedCost) <= tolerance)
                }
                if least < -tolerance { #expect(abs((outcome.routes.first?.reducedCost ?? 0) - least) <= tolerance) }
            }
        }
    }

    /// With completion bounds on both halves the least stays exact below the pruning level
    /// `min(threshold, 0)` and is reported as that level otherwise, as one-way labelling does.
    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func pruningKeepsTheLeastReducedCost(seed: UInt64) throws {
        for item in try CompletionBoundsTests.cases(seed: seed) {
            let least = item.least, tolerance = 1e-6 * max(1, abs(least))
            let bounds = CompletionBounds(network: item.network, dual: item.dual)
            var pricer = BidirectionalPricer(network: item.network, maxRoutes: 5, maxLabels: 1_000_000)
            let backwardBounds = CompletionBounds(network: pricer.reversed, dual: item.dual)
            pricer.cuts = item.pricingCuts
            for threshold in [0, least / 2, least + 1, least - 1] where threshold <= 0 {
                let outcome = pricer.price(
                    dual: item.dual, threshold: threshold, bounds: bounds, backwardBounds: backwardBounds,
                    shouldStop: { false })
                let minimum = try #require(outcome.minimum)
                #expect(abs(minimum - min(least, min(threshold, 0))) <= tolerance, "threshold \(threshold)")
                #expect(outcome.routes.isEmpty == !(least < threshold))
                for route in outcome.routes {
                    #expect(route.reducedCost < threshold)
                    #expect(abs(item.reducedCost(route.nodes) - route.reducedCost) <= tolerance)
                }
            }
        }
    }

    /// With small ng-neighbourhoods (routes may then revisit a visit, up to the visit limit) the
    /// least reduced cost of one-way and of bidirectional labelling at every midpoint is still at
    /// most the elementary least, and each route returned is priced at its true reduced cost. (A
    /// path with more visits must not dominate one with fewer when the limit can stop it.)
    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func ngRoutesStillBoundTheElementaryLeast(seed: UInt64) throws {
        var generator = TinyScenarios(seed: seed &+ 500)
        let problem = try Problem(scenario: generator.scenario(weighted: false))
        var random = SplitMix(seed: seed)
        var networks = 0
        for technicians in RouteEnumeration.fleets(problem) {
            let network = PricingNetwork(problem: problem, technicians: technicians, ngSize: 2)
            guard network.n >= 3 else { continue }
            networks += 1
            let dual = [0] + (1...network.n).map { _ in random.uniform(0...120) } + [0]
            func reducedCost(_ nodes: [Int]) -> Double { network.routeCost(nodes) - nodes.reduce(0) { $0 + dual[$1] } }
            let least = RouteEnumeration.routes(network).map(reducedCost).min() ?? .infinity
            let oneWay = LabellingPricer(network: network, exact: true, maxRoutes: 5, maxLabels: 1_000_000)
                .price(dual: dual, threshold: 0, shouldStop: { false })
            let oneWayLeast = try #require(oneWay.minimum)
            #expect(oneWayLeast <= least + 1e-6 * max(1, abs(least)), "one-way: \(oneWayLeast) vs \(least)")
            for midpoint in Self.midpoints(network) {
                var pricer = BidirectionalPricer(network: network, maxRoutes: 5, maxLabels: 1_000_000)
                pricer.midpoint = midpoint
                let outcome = pricer.price(dual: dual, threshold: 0, shouldStop: { false })
                let minimum = try #require(outcome.minimum)
                #expect(minimum <= least + 1e-6 * max(1, abs(least)), "midpoint \(midpoint): \(minimum) vs \(least)")
                for route in outcome.routes {
                    #expect(abs(reducedCost(route.nodes) - route.reducedCost) <= 1e-6 * max(1, abs(route.reducedCost)))
                }
            }
        }
        #expect(networks > 0)
    }

    /// A run stopped by its label limit returns no minimum and a lower bound no greater than the
    /// least reduced cost.
    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func aStoppedRunStillBoundsTheLeastReducedCost(seed: UInt64) throws {
        var stops = 0
        for item in try CompletionBoundsTests.cases(seed: seed) {
            let bounds = CompletionBounds(network: item.network, dual: item.dual)
            for maxLabels in [1, 3, 8] {
                var pricer = BidirectionalPricer(network: item.network, maxRoutes: 5, maxLabels: maxLabels)
                pricer.cuts = item.pricingCuts
                let outcome = pricer.price(dual: item.dual, threshold: 0, bounds: bounds, shouldStop: { false })
                #expect(outcome.lowerBound <= item.least + 1e-6 * max(1, abs(item.least)))
                if outcome.minimum == nil { stops += 1 }
            }
        }
        #expect(stops > 0)
    }
}
