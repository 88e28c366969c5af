@testable import FieldPlanExact
import FieldPlanModel
import FieldPlanSearch
import FieldPlanTestSupport
import Testing

@Suite struct SubsetRowCutTests {
    static let cut = SubsetRowCut(triple: [1, 2, 3], memory: [1, 2, 3, 7])

    @Test func coefficientCountsEverySecondVisitOfTheTripleWithinTheMemory() {
        #expect(Self.cut.coefficient(of: [1, 2]) == 1)
        #expect(Self.cut.coefficient(of: [1, 2, 3]) == 1)
        #expect(Self.cut.coefficient(of: [1, 7, 2]) == 1)
        #expect(Self.cut.coefficient(of: [1, 8, 2]) == 0, "8 is outside the memory: the pending half is lost")
        #expect(Self.cut.fullCoefficient(of: [1, 8, 2]) == 1)
        #expect(Self.cut.coefficient(of: [1, 8, 2, 3]) == 1)
        #expect(Self.cut.coefficient(of: [1, 2, 1, 2]) == 2, "ng-routes may repeat a visit")
        #expect(Self.cut.coefficient(of: [4, 5, 1]) == 0)
    }

    @Test func cutsIndexNonZeroCoefficientsByVisit() {
        var cuts = SubsetRowCuts()
        let added = [
            cuts.add(Self.cut), cuts.add(SubsetRowCut(triple: [2, 3, 4], memory: [2, 3, 4])),
            cuts.add(SubsetRowCut(triple: [1, 2, 3], memory: [1, 2, 3])),
        ]
        #expect(added == [true, true, false], "one cut per triple")
        let coefficients = cuts.coefficients(of: [1, 2, 3, 4])
        #expect(coefficients.map(\.cut) == [0, 1])
        #expect(coefficients.map(\.coefficient) == [1, 1])
        #expect(cuts.dualValue(of: [1, 7, 2], sigma: [-2, -5]) == -2)
    }

    /// Three routes covering the pairs of {0, 1, 2} at ½ each: the subset-row cut on the triple
    /// has left-hand side 3/2, violated by 1/2; its memory holds visit 6, passed between 0 and 1.
    @Test func separatorFindsTheViolatedTripleOfAHandMadeFractionalSolution() {
        let routes = [[0, 6, 1], [1, 2], [2, 5, 9, 0], [3], [4], [7, 8]]
        let values = [0.5, 0.5, 0.5, 1, 1, 1]
        let separator = SubsetRowSeparator(maxCuts: 10, minViolation: 0.01)
        let found = separator.separate(routes: routes, values: values, existing: SubsetRowCuts())
        #expect(found.map(\.triple) == [[0, 1, 2]])
        #expect(found.first?.memory == [0, 1, 2, 5, 6, 9])
        let lhs = zip(routes, values).reduce(0.0) { $0 + Double(found[0].coefficient(of: $1.0)) * $1.1 }
        #expect(abs(lhs - 1.5) < 1e-12)

        var existing = SubsetRowCuts()
        existing.add(found[0])
        #expect(separator.separate(routes: routes, values: values, existing: existing).isEmpty)
        let weak = separator.separate(routes: routes, values: values.map { $0 * 0.6 }, existing: SubsetRowCuts())
        #expect(weak.isEmpty, "left-hand side 0.9: not violated")
    }

    /// The exact labelling with cut states finds the least reduced cost over every elementary
    /// route (enumerated): the cut-aware dominance never discards a label that is needed.
    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func exactPricingWithCutsMatchesEnumeration(seed: UInt64) throws {
        var generator = TinyScenarios(seed: seed)
        let problem = try Problem(scenario: generator.scenario(weighted: seed % 3 == 0))
        var random = SplitMix(seed: seed)
        for technicians in RouteEnumeration.fleets(problem) {
            let network = PricingNetwork(problem: problem, technicians: technicians, ngSize: 64)
            guard network.n >= 3 else { continue }
            var localOf = [Int](repeating: -1, count: problem.visitCount)
            for i in 1...network.n { localOf[network.visit[i]] = i }
            let dual = [0] + (1...network.n).map { _ in random.uniform(0...80) } + [0]
            var cuts = SubsetRowCuts()
            for _ in 0..<6 {
                let visits = network.visit[1...network.n].shuffled(using: &random)
                let triple = Array(visits.prefix(3)).sorted()
                let memory = Set(triple + visits.dropFirst(3).filter { _ in random.uniform(0...1) < 0.4 }).sorted()
                cuts.add(SubsetRowCut(triple: triple, memory: memory))
            }
            let sigma = (0..<cuts.count).map { _ in random.uniform(0...1) < 0.2 ? 0 : -random.uniform(0...30) }
            var pricer = LabellingPricer(network: network, exact: true, maxRoutes: 5, maxLabels: 1_000_000)
            pricer.cuts = PricingCuts(cuts: cuts, sigma: sigma, network: network, localOf: localOf)
            let outcome = pricer.price(dual: dual, threshold: 0, shouldStop: { false })
            let minimum = try #require(outcome.minimum)
            let enumerated = RouteEnumeration.routes(network).map { nodes in
                let visits = nodes.map { network.visit[$0] }
                return network.routeCost(nodes) - nodes.reduce(0) { $0 + dual[$1] }
                    - cuts.dualValue(of: visits, sigma: sigma)
            }.min() ?? .infinity
            #expect(abs(minimum - enumerated) <= 1e-6 * max(1, abs(enumerated)), "labelling \(minimum), enumeration \(enumerated)")
            for route in outcome.routes {
                let visits = route.nodes.map { network.visit[$0] }
                let reduced = network.routeCost(route.nodes) - route.nodes.reduce(0) { $0 + dual[$1] }
                    - cuts.dualValue(of: visits, sigma: sigma)
                #expect(abs(reduced - route.reducedCost) <= 1e-6 * max(1, abs(reduced)))
            }
        }
    }

    /// Column generation with a fixed set of cuts reaches the LP over every elementary route with
    /// the same cuts (those the LP over every route violates, which raise its value, and three
    /// arbitrary ones).
    @Test(arguments: [("R101", 10), ("R105", 9), ("R106", 10)])
    func columnGenerationWithCutsMatchesTheLPOverEveryRoute(name: String, customers: Int) throws {
        let scenario = try ColumnGenerationBoundTests.solomon(name, customers: customers)
        let problem = try Problem(scenario: scenario, convention: .dimacs)
        let all = RouteEnumeration.columns(problem)
        let master = MasterProblem(
            penalties: problem.unassignedPenalty, fleetSizes: RouteEnumeration.fleets(problem).map(\.count))
        let plain = try #require(try master.solve(all))
        let separator = SubsetRowSeparator(maxCuts: 20, minViolation: 1e-4)
        var cuts = SubsetRowCuts()
        for cut in separator.separate(routes: all.map(\.visits), values: plain.columnValues, existing: cuts) {
            cuts.add(cut)
        }
        let triples = [[0, 1, 2], [2, 4, 6], [1, 5, 8]]
        for triple in triples { cuts.add(SubsetRowCut(triple: triple, memory: triple)) }
        let withCuts = try #require(try master.solve(all, cuts: cuts))
        var bound = ColumnGenerationBound(problem: problem, ngSize: 64, maxCuts: 0)
        bound.initialCuts = cuts.cuts
        let result = try bound.compute()
        let value = try #require(result.bound)
        #expect(result.converged)
        #expect(abs(value - withCuts.value) <= 1e-5 * max(1, withCuts.value), "column generation \(value), LP \(withCuts.value)")
        #expect(withCuts.value >= plain.value + 0.1, "the cuts raise the LP over every route")
    }

    /// With cuts the bound is at least the bound without them and never above the optimum.
    @Test(arguments: [("R101", 10), ("R105", 9), ("R106", 10), ("RC101", 12), ("RC105", 12)])
    func cutsStrengthenTheBoundBelowTheMIPOptimum(name: String, customers: Int) throws {
        let scenario = try ColumnGenerationBoundTests.solomon(name, customers: customers)
        let problem = try Problem(scenario: scenario, convention: .dimacs)
        let plan = MIPStrategy().plan(problem, context: ColumnGenerationBoundTests.context())
        expectValid(plan, scenario, convention: .dimacs)
        let withCuts = try ColumnGenerationBound(problem: problem).compute()
        let without = try ColumnGenerationBound(problem: problem, maxCuts: 0).compute()
        let cut = try #require(withCuts.bound), plain = try #require(without.bound)
        let tolerance = ColumnGenerationBoundTests.tolerance(plan.summary.cost)
        #expect(cut >= plain - tolerance, "with cuts \(cut), without \(plain)")
        #expect(cut <= plan.summary.cost + tolerance, "bound \(cut), plan \(plan.summary.cost) (\(plan.summary.status))")
        #expect(without.cuts == 0)
        if name.hasPrefix("R1") { #expect(withCuts.cuts > 0 && cut > plain + 0.1, "cuts found and binding") }
    }
}

/// A seeded generator for the tests' random duals and cuts (SplitMix64).
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0xD1B5_4A32_D192_ED03 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + Double(next() >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
    }
}
