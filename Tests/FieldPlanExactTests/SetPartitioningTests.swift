import FieldPlanExact
import FieldPlanModel
import FieldPlanSearch
import FieldPlanTestSupport
import Foundation
import Synchronization
import Testing

@Suite struct SetPartitioningTests {
    static func context(timeLimit: Double? = 5) -> SearchContext {
        SearchContext(options: PlanningOptions(timeLimit: timeLimit, seed: 3))
    }

    /// North serves n1, n2 and south s1, s2 (80) in the optimum; the incumbent swaps the sides
    /// (about 109). The pool also offers mixed and single-visit routes; the SP must pick the
    /// cheapest disjoint combination, as brute force over the pool says.
    @Test func picksTheOptimalCombinationOfAHandMadePool() throws {
        let scenario = Fixtures.twoTechnicians
        let problem = try Problem(scenario: scenario)
        let (n1, n2, s1, s2) = (0, 1, 2, 3)
        let incumbent = try [
            #require(SetPartitioningFixtures.route([s1, s2], technician: 0, problem: problem)),
            #require(SetPartitioningFixtures.route([n1, n2], technician: 1, problem: problem)),
        ]
        let candidates: [([Int], Int)] = [
            ([n1, n2], 0), ([s1, s2], 1), ([n1, s1], 0), ([n2, s2], 1), ([n1], 0), ([s2, s1], 1),
            ([n1, n2, s1, s2], 0), ([n2], 1), ([s1], 1),
        ]
        var pool = RoutePool(problem: problem)
        for (visits, t) in candidates {
            let route = try #require(SetPartitioningFixtures.route(visits, technician: t, problem: problem))
            let added = pool.admit(technician: t, visits: visits, cost: route.cost)
            #expect(added)
        }
        let again = pool.admit(technician: 0, visits: [n1, n2], cost: 1)
        #expect(!again, "a route is pooled once")
        #expect(pool.count == candidates.count)

        let answer = try #require(SetPartitioningRecombiner().recombine(
            pool: pool, incumbent: incumbent, problem: problem, context: Self.context()))
        #expect(answer == [[n1, n2], [s1, s2]])
        let assembler = PlanAssembler(problem: problem)
        let cost = try #require(assembler.cost(sequences: answer))
        #expect(abs(cost - Self.bruteForce(pool.routes + incumbent, problem: problem)) < 1e-6)
        #expect(abs(cost - 80) < 1e-6)
        let plan = try #require(assembler.plan(sequences: answer, strategy: "lns+sp", context: Self.context()))
        expectValid(plan, scenario)
    }

    /// Twins form one fleet: three routes seen on the same twin may be driven by both twins, but
    /// never more than two at once; the SP serves all three visits with two routes.
    @Test func respectsTheFleetSizeOfTwins() throws {
        let shift = Shift(start: .minutes(0), end: .minutes(480))
        let scenario = Scenario(
            name: "twins", objective: ObjectiveSettings(kind: .distance),
            technicians: [
                Technician(id: "a", start: .planar(x: 0, y: 0), shift: shift),
                Technician(id: "b", start: .planar(x: 0, y: 0), shift: shift),
            ],
            visits: [
                Visit(id: "x", location: .planar(x: 10, y: 0), duration: 5),
                Visit(id: "y", location: .planar(x: 0, y: 10), duration: 5),
                Visit(id: "z", location: .planar(x: -10, y: 0), duration: 5),
            ])
        let problem = try Problem(scenario: scenario)
        #expect(problem.twinClass[0] == problem.twinClass[1])
        var pool = RoutePool(problem: problem)
        for visits in [[0], [1], [2], [0, 1]] {
            let route = try #require(SetPartitioningFixtures.route(visits, technician: 0, problem: problem))
            pool.admit(technician: 0, visits: visits, cost: route.cost)
        }
        let incumbent = try [#require(SetPartitioningFixtures.route([0], technician: 0, problem: problem))]
        let answer = try #require(SetPartitioningRecombiner().recombine(
            pool: pool, incumbent: incumbent, problem: problem, context: Self.context()))
        #expect(answer.filter { !$0.isEmpty }.count == 2)
        #expect(Set(answer.flatMap { $0 }) == [0, 1, 2])
        let assembler = PlanAssembler(problem: problem)
        let cost = try #require(assembler.cost(sequences: answer))
        #expect(abs(cost - Self.bruteForce(pool.routes, problem: problem)) < 1e-6)
        let plan = try #require(assembler.plan(sequences: answer, strategy: "lns+sp", context: Self.context()))
        expectValid(plan, scenario)
    }

    /// A pool that holds nothing better than the incumbent gives no answer.
    @Test func answersNothingWhenTheIncumbentIsBest() throws {
        let problem = try Problem(scenario: Fixtures.twoTechnicians)
        let incumbent = try [
            #require(SetPartitioningFixtures.route([0, 1], technician: 0, problem: problem)),
            #require(SetPartitioningFixtures.route([2, 3], technician: 1, problem: problem)),
        ]
        var pool = RoutePool(problem: problem)
        let worse = try #require(SetPartitioningFixtures.route([0, 2], technician: 0, problem: problem))
        pool.admit(technician: 0, visits: worse.visits, cost: worse.cost)
        #expect(SetPartitioningRecombiner().recombine(
            pool: pool, incumbent: incumbent, problem: problem, context: Self.context()) == nil)
    }

    /// A full pool evicts the routes with the highest cost per visit and keeps its capacity.
    @Test func fullPoolEvictsTheDearestRoutesPerVisit() throws {
        let problem = try Problem(scenario: Fixtures.twoTechnicians)
        var pool = RoutePool(problem: problem, capacity: 4)
        for (index, visits) in [[0], [1], [2], [3], [0, 1]].enumerated() {
            pool.admit(technician: 0, visits: visits, cost: Double(10 * (index + 1)))
        }
        #expect(pool.count == 3)
        #expect(pool.routes.map(\.visits) == [[0], [1], [0, 1]])
        #expect(!pool.contains(technician: 0, visits: [3]))
        let readmitted = pool.admit(technician: 0, visits: [3], cost: 1)
        #expect(readmitted)
    }

    /// Every answer the search gets is feasible and cheaper than the incumbent it was asked to
    /// beat, and the final plan is valid.
    @Test(arguments: [1, 2] as [UInt64])
    func recombinationNeverWorsensAndPlansAreValid(seed: UInt64) throws {
        let scenario = SetPartitioningFixtures.scenario(seed: seed)
        let problem = try Problem(scenario: scenario)
        let recorder = RecordingRecombiner()
        let context = SearchContext(options: PlanningOptions(timeLimit: nil, iterationLimit: 2_500, seed: seed))
        let plan = LNSStrategy(name: "spy", recombiner: recorder).plan(problem, context: context)
        expectValid(plan, scenario)
        let calls = recorder.calls.withLock { $0 }
        #expect(calls.count == 2, "one periodic call and the final one")
        #expect(calls.allSatisfy { $0.poolSize > 0 })
        for call in calls where call.answered {
            let cost = try #require(call.answerCost)
            #expect(cost < call.incumbentCost)
        }
        let plain = LNSStrategy().plan(problem, context: context)
        expectValid(plain, scenario)
    }

    /// Same seed and iteration limit on one thread: the same plan.
    @Test func isDeterministicWithAnIterationLimit() throws {
        let scenario = SetPartitioningFixtures.scenario(seed: 5)
        let problem = try Problem(scenario: scenario)
        let options = PlanningOptions(timeLimit: nil, iterationLimit: 2_500, seed: 11, threads: 1)
        let first = SetPartitioningStrategy().plan(problem, context: SearchContext(options: options))
        let second = SetPartitioningStrategy().plan(problem, context: SearchContext(options: options))
        #expect(first.routes == second.routes)
        #expect(first.summary.cost == second.summary.cost)
        #expect(first.summary.strategy == "lns+sp")
        expectValid(first, scenario)
    }

    /// The time limit holds, the final recombination included.
    @Test func respectsTheTimeLimit() throws {
        let scenario = SetPartitioningFixtures.scenario(seed: 6, count: 40)
        let problem = try Problem(scenario: scenario)
        let start = Date()
        let plan = SetPartitioningStrategy().plan(
            problem, context: SearchContext(options: PlanningOptions(timeLimit: 1, seed: 2, threads: 1)))
        #expect(Date().timeIntervalSince(start) < 1 + TestTiming.seconds(0.5))
        expectValid(plan, scenario)
    }

    /// A run cancelled while it searches returns its best plan at once (no final recombination),
    /// and a recombiner asked under a cancelled context answers nothing.
    @Test func honoursCancellation() throws {
        let scenario = SetPartitioningFixtures.scenario(seed: 7)
        let problem = try Problem(scenario: scenario)
        let cancellation = CancellationFlag()
        let clockReads = Mutex(0), cancelledAt = Mutex<Date?>(nil)
        let clock: @Sendable () -> Double = {
            if clockReads.withLock({ $0 += 1; return $0 }) == 2_000 {
                cancelledAt.withLock { $0 = Date() }
                cancellation.cancel()
            }
            return SearchContext.monotonicSeconds()
        }
        let context = SearchContext(
            options: PlanningOptions(timeLimit: 60, seed: 2), clock: clock, cancellation: cancellation)
        let plan = SetPartitioningStrategy().plan(problem, context: context)
        let cancelled = try #require(cancelledAt.withLock { $0 }, "the search read the clock 2,000 times")
        #expect(Date().timeIntervalSince(cancelled) < TestTiming.seconds(1))
        expectValid(plan, scenario)
        var pool = RoutePool(problem: problem)
        pool.admit(technician: 0, visits: [0], cost: 1)
        #expect(SetPartitioningRecombiner().recombine(
            pool: pool, incumbent: [], problem: problem, context: context) == nil)
    }

    /// The cheapest plan made of disjoint pooled routes, at most one per technician and as many
    /// per twin class as it has members, visits not served paying their penalties.
    static func bruteForce(_ routes: [PooledRoute], problem: Problem) -> Double {
        var best = Double.infinity
        func search(_ index: Int, used: Set<Int>, fleets: [Int: Int], cost: Double) {
            if index == routes.count {
                let penalties = (0..<problem.visitCount).filter { !used.contains($0) }
                    .reduce(0.0) { $0 + problem.unassignedPenalty[$1] }
                best = min(best, cost + penalties)
                return
            }
            search(index + 1, used: used, fleets: fleets, cost: cost)
            let route = routes[index]
            let members = problem.twinClass.filter { $0 == route.fleet }.count
            guard used.isDisjoint(with: route.visits), fleets[route.fleet, default: 0] < members else { return }
            var nextFleets = fleets
            nextFleets[route.fleet, default: 0] += 1
            search(index + 1, used: used.union(route.visits), fleets: nextFleets, cost: cost + route.cost)
        }
        search(0, used: [], fleets: [:], cost: 0)
        return best
    }
}
