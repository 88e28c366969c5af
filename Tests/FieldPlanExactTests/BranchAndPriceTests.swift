import FieldPlanExact
import FieldPlanModel
import FieldPlanSearch
import FieldPlanTestSupport
import Foundation
import Synchronization
import Testing

@Suite struct BranchAndPriceTests {
    static func construction(_ problem: Problem) -> Plan {
        let context = SearchContext(options: PlanningOptions(timeLimit: nil, seed: 1))
        return InsertionStrategy.greedy.plan(problem, context: context)
    }

    static func tolerance(_ value: Double) -> Double { 1e-6 * max(1, abs(value)) }

    @Test(arguments: 1...10 as ClosedRange<UInt64>)
    func provesTheBruteForceOptimum(seed: UInt64) throws {
        var generator = TinyScenarios(seed: seed)
        let scenario = generator.scenario()
        let problem = try Problem(scenario: scenario)
        let search = BranchAndPrice(columnGeneration: ColumnGenerationBound(problem: problem))
        let outcome = try search.prove(Self.construction(problem))
        let optimum = BruteForce.optimum(problem)
        expectValid(outcome.plan, scenario)
        #expect(outcome.optimal)
        #expect(outcome.openNodes == 0)
        #expect(abs(outcome.plan.summary.cost - optimum) <= Self.tolerance(optimum), "\(outcome.plan.summary.cost) vs \(optimum)")
        let bound = try #require(outcome.bound)
        #expect(abs(bound - optimum) <= Self.tolerance(optimum))
        let root = try #require(outcome.rootBound)
        #expect(root <= optimum + Self.tolerance(optimum))
    }

    /// Weighted objectives (hourly costs with waiting, overtime, lateness) are bounded, not
    /// always closed: whatever the search claims must hold against the brute-force optimum.
    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func weightedClaimsHoldAgainstTheBruteForceOptimum(seed: UInt64) throws {
        var generator = TinyScenarios(seed: seed)
        let scenario = generator.scenario(weighted: true)
        let problem = try Problem(scenario: scenario)
        let outcome = try BranchAndPrice(columnGeneration: ColumnGenerationBound(problem: problem))
            .prove(Self.construction(problem))
        let optimum = BruteForce.optimum(problem)
        expectValid(outcome.plan, scenario)
        let bound = try #require(outcome.bound)
        #expect(bound <= optimum + Self.tolerance(optimum), "bound \(bound), optimum \(optimum)")
        let ticks = 1e-4 * max(1, optimum)
        #expect(outcome.plan.summary.cost >= optimum - ticks, "the brute force schedules in ticks")
        if outcome.optimal {
            #expect(abs(outcome.plan.summary.cost - optimum) <= ticks)
        }
    }

    /// The first 25 customers of R102 and R106 with DIMACS distances. With subset-row cuts the
    /// root LP is integral; without them it is fractional and the proof needs branching. Both
    /// proofs must end at the same optimum, no worse than the large-neighbourhood search finds.
    @Test(arguments: ["R102", "R106"])
    func branchingWithoutCutsProvesTheOptimumCutsProve(name: String) throws {
        let scenario = try ColumnGenerationBoundTests.solomon(name, customers: 25)
        let problem = try Problem(scenario: scenario, convention: .dimacs)
        let start = Self.construction(problem)
        let withCuts = try BranchAndPrice(columnGeneration: ColumnGenerationBound(problem: problem), costStep: 0.1)
            .prove(start, timeLimit: 120)
        let branched = try BranchAndPrice(
            columnGeneration: ColumnGenerationBound(problem: problem, maxCuts: 0), costStep: 0.1
        ).prove(start, timeLimit: 120)
        for outcome in [withCuts, branched] {
            expectValid(outcome.plan, scenario, convention: .dimacs)
            #expect(outcome.optimal)
            #expect(outcome.openNodes == 0)
            let bound = try #require(outcome.bound)
            #expect(abs(bound - outcome.plan.summary.cost) <= Self.tolerance(bound))
        }
        #expect(branched.nodes > 1)
        let root = try #require(branched.rootBound)
        #expect(root < branched.plan.summary.cost - 0.1, "the root LP without cuts is not integral")
        #expect(abs(withCuts.plan.summary.cost - branched.plan.summary.cost) <= Self.tolerance(root))
        let lns = LNSStrategy().plan(problem, context: ColumnGenerationBoundTests.context(timeLimit: 5))
        expectValid(lns, scenario, convention: .dimacs)
        #expect(branched.plan.summary.cost <= lns.summary.cost + Self.tolerance(lns.summary.cost))
    }

    @Test func stoppingAtOnceKeepsTheIncumbentWithoutABound() throws {
        var generator = TinyScenarios(seed: 3)
        let scenario = generator.scenario()
        let problem = try Problem(scenario: scenario)
        let start = Self.construction(problem)
        let outcome = try BranchAndPrice(columnGeneration: ColumnGenerationBound(problem: problem))
            .prove(start, shouldStop: { true })
        expectValid(outcome.plan, scenario)
        #expect(outcome.plan == start)
        #expect(outcome.bound == nil)
        #expect(!outcome.optimal)
        #expect(outcome.nodes == 0)
    }

    /// Stopped after its first node, the search reports the root's bound and the nodes it left
    /// open, and the bound stays below the optimum the full search proves.
    @Test func stoppingAfterTheRootReportsItsBound() throws {
        let scenario = try ColumnGenerationBoundTests.solomon("R106", customers: 25)
        let problem = try Problem(scenario: scenario, convention: .dimacs)
        let start = Self.construction(problem)
        let search = BranchAndPrice(columnGeneration: ColumnGenerationBound(problem: problem, maxCuts: 0), costStep: 0.1)
        let solved = Mutex(0)
        var seen: [BranchAndPrice.Progress] = []
        let outcome = try search.prove(start, shouldStop: { solved.withLock { $0 >= 1 } }) { progress in
            seen.append(progress)
            solved.withLock { $0 = progress.nodes }
        }
        expectValid(outcome.plan, scenario, convention: .dimacs)
        #expect(outcome.nodes == 1)
        #expect(seen.count == 1)
        #expect(!outcome.optimal)
        #expect(outcome.openNodes >= 1)
        let root = try #require(outcome.rootBound)
        #expect(outcome.bound == min(root, outcome.plan.summary.cost))
        #expect(seen.first?.bound == outcome.bound)
        let full = try search.prove(outcome.plan)
        expectValid(full.plan, scenario, convention: .dimacs)
        #expect(full.optimal)
        #expect(root <= full.plan.summary.cost + Self.tolerance(root))
    }

    /// Set partitioning over the root's routes turns a poor starting plan into a better one
    /// before any branching; without it the root keeps the starting plan.
    @Test func recombiningTheRootsRoutesImprovesThePlan() throws {
        let scenario = try ColumnGenerationBoundTests.solomon("R106", customers: 25)
        let problem = try Problem(scenario: scenario, convention: .dimacs)
        let start = Self.construction(problem)
        var outcomes: [BranchAndPrice.Outcome] = []
        for seconds in [0.0, 10.0] {
            let solved = Mutex(0)
            let search = BranchAndPrice(
                columnGeneration: ColumnGenerationBound(problem: problem, maxCuts: 0), costStep: 0.1,
                recombineSeconds: seconds)
            outcomes.append(try search.prove(start, shouldStop: { solved.withLock { $0 >= 1 } }) { progress in
                solved.withLock { $0 = progress.nodes }
            })
        }
        expectValid(outcomes[0].plan, scenario, convention: .dimacs)
        #expect(outcomes[0].plan == start)
        expectValid(outcomes[1].plan, scenario, convention: .dimacs)
        #expect(outcomes[1].plan.summary.cost < start.summary.cost - 1, "\(outcomes[1].plan.summary.cost) vs \(start.summary.cost)")
        let root = try #require(outcomes[1].rootBound)
        #expect(root <= outcomes[1].plan.summary.cost + Self.tolerance(root))
    }
}
