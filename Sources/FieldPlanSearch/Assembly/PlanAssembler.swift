import FieldPlanModel

/// Builds plans from decisions made elsewhere (an exact model, an assignment): the search
/// layer's scheduling, insertion and improvement, offered to other strategies.
public struct PlanAssembler: Sendable {
    /// The problem plans are built for.
    public let problem: Problem

    /// Creates an assembler.
    public init(problem: Problem) {
        self.problem = problem
    }

    /// The plan serving exactly `sequences[t]` by technician t, in order; `nil` when a sequence
    /// breaks a hard constraint.
    public func plan(sequences: [[Int]], strategy: String, context: SearchContext) -> Plan? {
        guard let solution = solution(sequences: sequences) else { return nil }
        return PlanBuilder(problem: problem).plan(from: solution, strategy: strategy, context: context)
    }

    /// The plan's objective in the search's integer units, `nil` when infeasible; cheaper than
    /// building the plan.
    public func cost(sequences: [[Int]]) -> Double? {
        solution(sequences: sequences)?.cost
    }

    /// Visits by technician, as indices of the problem, from a plan of the same scenario.
    public func sequences(of plan: Plan) -> [[Int]] {
        let technicianIndex = Dictionary(
            problem.scenario.technicians.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let visitIndex = Dictionary(
            problem.scenario.visits.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var sequences = [[Int]](repeating: [], count: problem.technicianCount)
        for route in plan.routes {
            guard let t = technicianIndex[route.technician] else { continue }
            sequences[t] = route.visitIDs.compactMap { visitIndex[$0] }
        }
        return sequences
    }

    /// A plan honouring an assignment of visits to technicians (`-1`: decide freely): each
    /// technician's visits are inserted where they cost least in that technician's route, then
    /// visits that did not fit and free ones go wherever they fit best; with `improve`, the
    /// large-neighbourhood search then uses the rest of the context's limits.
    public func plan(assignment: [Int], improve: Bool, strategy: String, context: SearchContext) -> Plan {
        var solution = Solution(problem: problem)
        let order = (0..<problem.visitCount).sorted {
            let a = problem.windowOffsets[$0] < problem.windowOffsets[$0 + 1]
                ? problem.windowStarts[problem.windowOffsets[$0]] : Problem.farPast
            let b = problem.windowOffsets[$1] < problem.windowOffsets[$1 + 1]
                ? problem.windowStarts[problem.windowOffsets[$1]] : Problem.farPast
            return a < b || (a == b && $0 < $1)
        }
        var pending = order.filter { problem.mandatory[$0] } + order.filter { !problem.mandatory[$0] }
        var progress = true
        while progress {
            progress = false
            var waiting: [Int] = []
            for v in pending {
                let t = v < assignment.count ? assignment[v] : -1
                guard t >= 0, t < problem.technicianCount,
                      let insertion = solution.bestInsertion(of: v, into: t),
                      insertion.delta < problem.unassignedPenalty[v],
                      solution.insert(v, technician: t, at: insertion.position)
                else {
                    waiting.append(v)
                    continue
                }
                progress = true
            }
            pending = waiting
        }
        InsertionConstruction(k: 1).run(&solution, candidates: pending, context: context)
        if improve {
            var random = SeededRandom(seed: context.options.seed)
            solution = LargeNeighbourhoodSearch(problem: problem)
                .run(from: solution, context: context, random: &random, reports: true)
        }
        return PlanBuilder(problem: problem).plan(from: solution, strategy: strategy, context: context)
    }

    /// Appends each technician's visits in order; a follow-up waits until its predecessor is in.
    func solution(sequences: [[Int]]) -> Solution? {
        var solution = Solution(problem: problem)
        let count = min(sequences.count, problem.technicianCount)
        var next = [Int](repeating: 0, count: count)
        var progress = true
        while progress {
            progress = false
            for t in 0..<count {
                while next[t] < sequences[t].count {
                    let v = sequences[t][next[t]]
                    guard v >= 0, v < problem.visitCount, solution.routeOf[v] < 0 else { return nil }
                    let pred = problem.predecessor[v]
                    if pred >= 0 && solution.routeOf[pred] < 0 { break }
                    guard solution.admits(v, technician: t),
                          solution.insert(v, technician: t, at: solution.routes[t].visits.count)
                    else { return nil }
                    next[t] += 1
                    progress = true
                }
            }
        }
        for t in 0..<count where next[t] < sequences[t].count { return nil }
        return solution
    }
}
