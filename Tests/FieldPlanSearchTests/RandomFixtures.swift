import FieldPlanModel
@testable import FieldPlanSearch

/// Small random scenarios with every kind of constraint, for property tests of the search.
enum RandomFixtures {
    /// A scenario of `visits` visits and three technicians drawn from `seed`: windows, a lunch
    /// break, skills, an exclusion, a pin, a preference, soft and hard SLA deadlines, optional
    /// visits with penalties, an optional follow-up when `followUps` is set, overtime and capacity, under
    /// the weighted objective (or `objective`).
    static func scenario(
        seed: UInt64, visits count: Int = 14, followUps: Bool = true,
        objective: ObjectiveSettings = ObjectiveSettings()
    ) -> Scenario {
        var random = SeededRandom(seed: seed)
        func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * random.unit() }
        let lunch = Break(duration: 30, earliestStart: .minutes(180), latestStart: .minutes(300))
        let technicians = (0..<3).map { k in
            Technician(
                id: "t\(k)", skills: k == 0 ? ["gas": 2] : [:],
                start: .planar(x: uniform(0, 40), y: uniform(0, 40)),
                shift: Shift(start: .minutes(0), end: .minutes(480)), breaks: k < 2 ? [lunch] : [],
                allowedOvertime: 60, overtimeCostPerHour: 40, costPerHour: 20, costPerKm: 0.5,
                fixedCost: 10, capacity: 12)
        }
        let visits = (0..<count).map { i -> Visit in
            let opens = uniform(0, 300)
            let windows = i % 3 == 0 ? [] : [TimeWindow(start: .minutes(opens), end: .minutes(opens + uniform(60, 200)))]
            let sla: ServiceLevel? = i % 5 == 1
                ? ServiceLevel(deadline: .minutes(uniform(60, 300)), hard: i == 6, penaltyPerMinute: 2) : nil
            let follow: FollowUp? = followUps && i == count - 1 ? FollowUp(after: "v0", minGap: 30) : nil
            return Visit(
                id: "v\(i)", location: .planar(x: uniform(0, 40), y: uniform(0, 40)), duration: uniform(5, 30),
                skills: i == 2 ? ["gas": 1] : [:], timeWindows: windows, sla: sla,
                mandatory: i % 4 != 3 && follow == nil, penalty: i % 4 == 3 || follow != nil ? uniform(5, 80) : nil,
                preferredTechnicians: i == 7 ? ["t0"] : [], preferenceBonus: i == 7 ? 5 : nil,
                excludedTechnicians: i == 4 ? ["t1"] : [], pinnedTechnician: i == 5 ? "t2" : nil,
                followUp: follow, demand: Double(i % 3))
        }
        return Scenario(objective: objective, technicians: technicians, visits: visits)
    }

    /// The scenario's cheapest-insertion solution.
    static func solution(_ problem: Problem) -> Solution {
        var solution = Solution(problem: problem)
        let context = SearchContext(options: PlanningOptions(timeLimit: nil))
        InsertionConstruction(k: 1).run(&solution, candidates: Array(0..<problem.visitCount), context: context)
        return solution
    }
}
