import FieldPlanExact
import FieldPlanModel
import FieldPlanSearch
import Synchronization

/// Scenarios and helpers for the `lns+sp` tests.
enum SetPartitioningFixtures {
    /// `count` visits with windows around a depot, three twin technicians at the depot and one
    /// elsewhere; objective `distance`, visits optional at 1000 each (some mandatory).
    static func scenario(seed: UInt64, count: Int = 24) -> Scenario {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 7
        func uniform(_ range: ClosedRange<Double>) -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return range.lowerBound + Double(state >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
        }
        let shift = Shift(start: .minutes(0), end: .minutes(400))
        var technicians = (0..<3).map {
            Technician(id: "twin\($0)", start: .planar(x: 50, y: 50), shift: shift)
        }
        technicians.append(Technician(id: "east", start: .planar(x: 90, y: 50), shift: shift))
        let visits = (0..<count).map { index in
            let open = uniform(0...250).rounded()
            return Visit(
                id: "v\(index)", location: .planar(x: uniform(0...100), y: uniform(0...100)),
                duration: uniform(5...20).rounded(),
                timeWindows: [TimeWindow(start: .minutes(open), end: .minutes(open + uniform(40...120).rounded()))],
                mandatory: index % 5 == 0)
        }
        return Scenario(
            name: "sp-\(seed)", travel: TravelSettings(kind: .euclidean),
            objective: ObjectiveSettings(kind: .distance), technicians: technicians, visits: visits)
    }

    /// The cost of `visits` as technician `t`'s only route: the plan's cost less the penalties
    /// of the visits it leaves out; `nil` when the route is infeasible.
    static func routeCost(_ visits: [Int], technician t: Int, problem: Problem) -> Double? {
        var sequences = [[Int]](repeating: [], count: problem.technicianCount)
        sequences[t] = visits
        guard let cost = PlanAssembler(problem: problem).cost(sequences: sequences) else { return nil }
        let served = Set(visits)
        let penalties = (0..<problem.visitCount).filter { !served.contains($0) }
            .reduce(0.0) { $0 + problem.unassignedPenalty[$1] }
        return cost - penalties
    }

    /// A pooled route with its cost, for hand-made pools.
    static func route(_ visits: [Int], technician t: Int, problem: Problem) -> PooledRoute? {
        routeCost(visits, technician: t, problem: problem).map {
            PooledRoute(technician: t, fleet: problem.twinClass[t], visits: visits, cost: $0)
        }
    }

    /// Sequences per technician of pooled routes driven by the technicians they name.
    static func sequences(_ routes: [PooledRoute], problem: Problem) -> [[Int]] {
        var sequences = [[Int]](repeating: [], count: problem.technicianCount)
        for route in routes { sequences[route.technician] = route.visits }
        return sequences
    }
}

/// A recombiner that asks ``SetPartitioningRecombiner`` and records, for every call, the
/// incumbent's cost and the cost of the answer rebuilt by the search's scheduling.
final class RecordingRecombiner: RouteRecombiner {
    /// One call.
    struct Call: Sendable {
        let incumbentCost: Double
        let answered: Bool
        let answerCost: Double?
        let poolSize: Int
    }

    let calls = Mutex<[Call]>([])

    func recombine(
        pool: RoutePool, incumbent: [PooledRoute], problem: Problem, context: SearchContext
    ) -> [[Int]]? {
        let assembler = PlanAssembler(problem: problem)
        let incumbentCost = assembler.cost(sequences: SetPartitioningFixtures.sequences(incumbent, problem: problem))
        let answer = SetPartitioningRecombiner().recombine(
            pool: pool, incumbent: incumbent, problem: problem, context: context)
        let call = Call(
            incumbentCost: incumbentCost ?? .infinity, answered: answer != nil,
            answerCost: answer.flatMap { assembler.cost(sequences: $0) }, poolSize: pool.count)
        calls.withLock { $0.append(call) }
        return answer
    }
}
