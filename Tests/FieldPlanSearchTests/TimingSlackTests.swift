import FieldPlanModel
import FieldPlanTestSupport
import Testing
@testable import FieldPlanSearch

/// The O(1) schedule checks from cached timings (`TimingSegment`) give exactly the simulation's
/// answers: same best insertion, same cost (to the last bit) or the same infeasibility for every
/// route draft, on random scenarios with windows, overtime, working-time limits, open ends,
/// different speeds and work factors, and (in the field-service fixtures) breaks, several windows
/// and SLAs that make the search fall back to the simulation.

/// Random VRPTW-like days: one window or none per visit, no breaks; technicians differ in speed,
/// work factor, open end, overtime and working-time limit.
private func windowScenario(seed: UInt64, visits count: Int = 30) -> Scenario {
    var random = SeededRandom(seed: seed)
    func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * random.unit() }
    let technicians = (0..<4).map { k in
        Technician(
            id: "t\(k)", start: .planar(x: 50, y: 50), openEnd: k == 3, shift: Shift(start: .minutes(0), end: .minutes(400)),
            maxWorkingTime: k == 2 ? 300 : nil, allowedOvertime: k == 1 ? 60 : 0, overtimeCostPerHour: 30,
            costPerHour: k == 0 ? 0 : 10, costPerKm: 1, fixedCost: 5, workDurationFactor: k == 2 ? 1.5 : 1,
            speedFactor: k == 1 ? 1.25 : 1, capacity: 60)
    }
    let visits = (0..<count).map { i -> Visit in
        let opens = uniform(0, 300)
        let windows = i % 4 == 0 ? [] : [TimeWindow(start: .minutes(opens), end: .minutes(opens + uniform(10, 120)))]
        return Visit(
            id: "v\(i)", location: .planar(x: uniform(0, 100), y: uniform(0, 100)), duration: uniform(5, 20),
            timeWindows: windows, penalty: 400, demand: Double(1 + i % 9))
    }
    return Scenario(objective: ObjectiveSettings(), technicians: technicians, visits: visits)
}

/// A random solution: cheapest insertion, then every fifth visit taken out again.
private func partialSolution(_ problem: Problem) -> Solution {
    var solution = RandomFixtures.solution(problem)
    for v in stride(from: 0, to: problem.visitCount, by: 5) { solution.remove(v) }
    return solution
}

private func fixtures() throws -> [(Scenario, Problem)] {
    var all: [(Scenario, Problem)] = []
    for seed in UInt64(1)...10 {
        let scenario = windowScenario(seed: seed)
        all.append((scenario, try Problem(scenario: scenario)))
    }
    for seed in UInt64(1)...6 {
        let scenario = RandomFixtures.scenario(seed: seed, visits: 16, followUps: seed % 2 == 0)
        all.append((scenario, try Problem(scenario: scenario)))
    }
    return all
}

@Test func slackInsertionMatchesSimulation() throws {
    var compared = 0, feasible = 0
    for (_, problem) in try fixtures() {
        var solution = partialSolution(problem)
        var random = SeededRandom(seed: 1)
        for v in 0..<problem.visitCount where solution.routeOf[v] < 0 {
            for t in 0..<problem.technicianCount {
                let fast = solution.bestInsertion(of: v, into: t, cutoff: .infinity, blinkRate: 0, random: &random)
                let slow = solution.bestInsertion(
                    of: v, into: t, cutoff: .infinity, blinkRate: 0, random: &random, usesSlack: false)
                #expect(fast == slow, "visit \(v) into \(t)")
                compared += 1
                if fast != nil { feasible += 1 }
            }
        }
    }
    #expect(compared > 300)
    #expect(feasible > 100)
}

/// Drafts of every shape the operators build, drawn at random: a run of one to three visits
/// (maybe reversed) moved into another route or elsewhere in its own, tails exchanged, runs
/// exchanged, a stretch reversed.
private func randomDraft(in solution: Solution, random: inout SeededRandom) -> (RouteDraft, RouteDraft?)? {
    let routes = (0..<solution.problem.technicianCount).filter { !solution.routes[$0].isEmpty }
    guard !routes.isEmpty else { return nil }
    func pick(_ n: Int) -> Int { Int(random.unit() * Double(n)) }
    let r1 = routes[pick(routes.count)], r2 = routes[pick(routes.count)]
    let n1 = solution.routes[r1].visits.count, n2 = solution.routes[r2].visits.count
    switch pick(4) {
    case 0:
        let count = 1 + pick(min(3, n1)), i = pick(n1 - count + 1)
        return SegmentTransfer.drafts(
            from: r1, first: i, count: count, reversed: random.unit() < 0.5, to: r2, after: pick(n2 + 1) - 1,
            in: solution)
    case 1:
        guard r1 != r2 else { return nil }
        let i = pick(n1 + 1), j = pick(n2 + 1)
        var first = RouteDraft(technician: r1)
        first.append(RoutePiece(r1, 0, i))
        first.append(RoutePiece(r2, j, n2 - j))
        var second = RouteDraft(technician: r2)
        second.append(RoutePiece(r2, 0, j))
        second.append(RoutePiece(r1, i, n1 - i))
        return (first, second)
    case 2:
        guard r1 != r2 else { return nil }
        let c1 = 1 + pick(min(3, n1)), c2 = 1 + pick(min(3, n2))
        let i = pick(n1 - c1 + 1), j = pick(n2 - c2 + 1)
        var first = RouteDraft(technician: r1)
        first.append(RoutePiece(r1, 0, i))
        first.append(RoutePiece(r2, j, c2, reversed: random.unit() < 0.3))
        first.append(RoutePiece(r1, i + c1, n1 - i - c1))
        var second = RouteDraft(technician: r2)
        second.append(RoutePiece(r2, 0, j))
        second.append(RoutePiece(r1, i, c1))
        second.append(RoutePiece(r2, j + c2, n2 - j - c2))
        return (first, second)
    default:
        guard n1 >= 2 else { return nil }
        let low = pick(n1 - 1), high = low + 1 + pick(n1 - low - 1)
        var draft = RouteDraft(technician: r1)
        draft.append(RoutePiece(r1, 0, low))
        draft.append(RoutePiece(r1, low, high - low + 1, reversed: true))
        draft.append(RoutePiece(r1, high + 1, n1 - high - 1))
        return (draft, nil)
    }
}

@Test func slackDraftCostMatchesSimulation() throws {
    var applied = 0, feasible = 0
    for (_, problem) in try fixtures() {
        let solution = partialSolution(problem)
        let evaluator = MoveEvaluator(problem: problem)
        var random = SeededRandom(seed: 7)
        for _ in 0..<400 {
            guard let (first, second) = randomDraft(in: solution, random: &random) else { continue }
            for draft in [first] + (second.map { [$0] } ?? []) {
                guard let m = evaluator.measure(draft, in: solution), m.visits > 0 else { continue }
                let slow = evaluator.simulatedCost(draft, m, in: solution)
                guard let fast = evaluator.slackCost(draft, m, in: solution) else { continue }
                #expect(fast == slow, "technician \(draft.technician)")
                applied += 1
                if fast != nil { feasible += 1 }
            }
        }
    }
    #expect(applied > 1000)
    #expect(feasible > 300)
}

@Test(arguments: Descent.standardOperators.map(\.name))
func operatorsFindTheSameMovesWithAndWithoutSlack(name: String) throws {
    let op = try #require(Descent.operators(named: [name]).first)
    var moves = 0
    for (scenario, problem) in try fixtures() {
        let solution = RandomFixtures.solution(problem)
        let fast = MoveEvaluator(problem: problem)
        var slow = MoveEvaluator(problem: problem)
        slow.usesSlack = false
        for u in 0..<problem.visitCount where solution.routeOf[u] >= 0 {
            for v in 0..<problem.visitCount where v != u && solution.routeOf[v] >= 0 {
                let a = op.move(u, near: v, in: solution, evaluator: fast)
                let b = op.move(u, near: v, in: solution, evaluator: slow)
                #expect(a?.delta == b?.delta, "\(name) \(u)→\(v)")
                if a != nil { moves += 1 }
            }
        }
        let context = SearchContext(options: PlanningOptions(timeLimit: nil))
        expectValid(PlanBuilder(problem: problem).plan(from: solution, strategy: "test", context: context), scenario)
    }
    #expect(moves > 0)
}

/// Joining runs is associative and matches serving the visits one by one.
@Test func segmentsJoinLikeTheSchedule() {
    let a = TimingSegment(earliest: 10, latest: 20, duration: 5)
    let b = TimingSegment(earliest: 40, latest: 45, duration: 3)
    let c = TimingSegment(earliest: 0, latest: 60, duration: 2)
    let ab = a.followed(by: b, travel: 4)
    #expect(ab == TimingSegment(earliest: 31, latest: 20, duration: 12))
    // Arriving at 12: served 12–17, at b 21, waits to 40, done 43.
    #expect(ab?.finish(arrivingAt: 12) == 43)
    #expect(ab?.finish(arrivingAt: 21) == nil)
    let left = ab?.followed(by: c, travel: 1), right = b.followed(by: c, travel: 1).flatMap { a.followed(by: $0, travel: 4) }
    #expect(left == right)
    #expect(TimingSegment(earliest: 50, latest: 60, duration: 5).followed(by: a, travel: 1) == nil)
}
