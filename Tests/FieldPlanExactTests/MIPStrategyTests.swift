import FieldPlanExact
import FieldPlanFormats
import FieldPlanModel
import FieldPlanSearch
import FieldPlanTestSupport
import FieldPlanValidator
import Foundation
import Testing

@Suite struct MIPStrategyTests {
    static func context(timeLimit: Double = 5, iterations: Int = 200) -> SearchContext {
        SearchContext(options: PlanningOptions(timeLimit: timeLimit, iterationLimit: iterations, seed: 7))
    }

    @Test(arguments: 1...10 as ClosedRange<UInt64>)
    func mipMatchesBruteForceAndNoHeuristicBeatsIt(seed: UInt64) throws {
        var generator = TinyScenarios(seed: seed)
        let scenario = generator.scenario()
        let problem = try Problem(scenario: scenario)
        let plan = MIPStrategy().plan(problem, context: Self.context())
        expectValid(plan, scenario)
        let optimum = BruteForce.optimum(problem)
        let tolerance = 1e-6 * max(1, abs(optimum))
        #expect(abs(plan.summary.cost - optimum) <= tolerance, "mip \(plan.summary.cost), brute force \(optimum)")
        #expect(plan.summary.status == .optimal)
        #expect(plan.summary.gap == 0)
        for strategy in StandardStrategies.all {
            let heuristic = strategy.plan(problem, context: Self.context(timeLimit: 1))
            #expect(heuristic.summary.cost >= plan.summary.cost - tolerance, "\(strategy.name) beat mip")
        }
    }

    /// Breaks, skills, one or two windows, optional visits, twins, working-time and visit limits,
    /// open ends: the MIP's plan is valid, costs what the enumeration under the validator's
    /// rules finds, its bound is below that, its status is honest, and no heuristic (which places breaks by the search's rule) beats it.
    @Test(arguments: 1...120 as ClosedRange<UInt64>)
    func mipMatchesValidatorBruteForceOnMixedScenarios(seed: UInt64) throws {
        var generator = TinyScenarios(seed: 1000 + seed)
        let scenario = generator.mixed()
        let problem = try Problem(scenario: scenario)
        // GLPK proves these in well under a second, a few in 10–20 s on a loaded debug build: the
        // generous limit keeps the exact comparison from depending on the machine's load.
        let plan = MIPStrategy().plan(problem, context: Self.context(timeLimit: TestTiming.seconds(120), iterations: 100))
        expectValid(plan, scenario)
        let optimum = ValidatorBruteForce.optimum(problem)
        let tolerance = 1e-6 * max(1, abs(optimum))
        #expect(abs(plan.summary.cost - optimum) <= tolerance, "mip \(plan.summary.cost), brute force \(optimum)")
        let bound = try #require(plan.summary.bound)
        #expect(bound <= optimum + tolerance)
        // Proven almost always; when GLPK runs out of time the status must not claim it.
        #expect(plan.summary.status != .optimal || plan.summary.gap == 0)
        for strategy in StandardStrategies.all {
            let heuristic = strategy.plan(problem, context: Self.context(timeLimit: 1, iterations: 100))
            #expect(heuristic.summary.cost >= plan.summary.cost - tolerance, "\(strategy.name) beat mip")
        }
    }

    /// A break at home before the first visit: the search's break rule defers it (it is not free
    /// at the first visit) until it is forced before the second one, which it then makes late, so
    /// by the rule alone only the longer order (24.14) is valid; the scheduler's search over
    /// placements takes it first, as the MIP does (20).
    @Test func breakTakenWhereTheSearchRuleCannotGivesTheShorterOrder() throws {
        let technician = Technician(
            id: "ann", start: .planar(x: 0, y: 0), openEnd: true, shift: Shift(start: .minutes(0), end: .minutes(300)),
            breaks: [Break(duration: 30, earliestStart: .minutes(0), latestStart: .minutes(59))])
        let scenario = Scenario(
            name: "break-first", travel: TravelSettings(kind: .euclidean), objective: ObjectiveSettings(kind: .distance),
            technicians: [technician],
            visits: [
                Visit(id: "a", location: .planar(x: 10, y: 0), duration: 10,
                      timeWindows: [TimeWindow(start: .minutes(30), end: .minutes(1000))], mandatory: true),
                Visit(id: "b", location: .planar(x: 10, y: 10), duration: 10,
                      timeWindows: [TimeWindow(start: .minutes(0), end: .minutes(60))], mandatory: true),
            ])
        let problem = try Problem(scenario: scenario)
        let heuristic = LNSStrategy().plan(problem, context: Self.context(timeLimit: 1))
        expectValid(heuristic, scenario)
        #expect(abs(heuristic.summary.cost - 20) < 1e-6)
        #expect(heuristic.routes.first?.stops.map(\.kind) == [.break, .visit, .visit])
        let plan = MIPStrategy().plan(problem, context: Self.context())
        expectValid(plan, scenario)
        #expect(abs(plan.summary.cost - 20) < 1e-6)
        #expect(plan.summary.status == .optimal)
        #expect(plan.routes.first?.stops.map(\.kind) == [.break, .visit, .visit])
        #expect(plan.routes.first?.visitIDs == ["a", "b"])
    }

    /// The earliest schedule lasts 160 minutes (a at 5, b's window opens at 140; b before a misses
    /// a's window); the limit of 60 is met only by leaving later and serving a late too, which the
    /// search's schedule (earliest starts) never does, so it leaves one out: the MIP serves both.
    @Test func workingTimeLimitMetByShiftingTheRoute() throws {
        let technician = Technician(
            id: "ann", start: .planar(x: 0, y: 0), shift: Shift(start: .minutes(0), end: .minutes(300)),
            maxWorkingTime: 60)
        let scenario = Scenario(
            name: "shifted", travel: TravelSettings(kind: .euclidean), objective: ObjectiveSettings(kind: .distance),
            technicians: [technician],
            visits: [
                Visit(id: "a", location: .planar(x: 5, y: 0), duration: 10,
                      timeWindows: [TimeWindow(start: .minutes(0), end: .minutes(140))], mandatory: true),
                Visit(id: "b", location: .planar(x: 10, y: 0), duration: 10,
                      timeWindows: [TimeWindow(start: .minutes(140), end: .minutes(200))], mandatory: true),
            ])
        let problem = try Problem(scenario: scenario)
        let plan = MIPStrategy().plan(problem, context: Self.context())
        expectValid(plan, scenario)
        #expect(plan.summary.unassigned == 0)
        #expect(abs(plan.summary.cost - 20) < 1e-6)
        #expect(plan.summary.status == .optimal)
        let route = try #require(plan.routes.first)
        #expect(route.end - route.start <= 60 + 1e-9)
    }

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func weightedPlansAreValidAndBoundsHold(seed: UInt64) throws {
        var generator = TinyScenarios(seed: seed)
        let scenario = generator.scenario(weighted: true)
        let problem = try Problem(scenario: scenario)
        let plan = MIPStrategy().plan(problem, context: Self.context())
        expectValid(plan, scenario)
        let bound = try #require(plan.summary.bound)
        #expect(bound <= plan.summary.cost + 1e-6 * max(1, plan.summary.cost))
        let optimum = BruteForce.optimum(problem)
        #expect(plan.summary.cost <= optimum + 1e-3 * max(1, optimum), "mip \(plan.summary.cost), brute force \(optimum)")
    }

    /// The validator always flags a mandatory visit left out; the plan must be valid otherwise.
    @Test func unservableMandatoryVisitIsLeftOut() throws {
        var scenario = Fixtures.skills
        scenario.visits.append(Visit(id: "crane", location: .planar(x: 5, y: 5), duration: 10,
                                     skills: ["gas": 9], mandatory: true))
        let problem = try Problem(scenario: scenario)
        let plan = MIPStrategy().plan(problem, context: Self.context())
        let report = validationReport(plan, scenario)
        #expect(report.violations.map(\.code) == [.mandatoryLeftOut], "\(report.text)")
        #expect(plan.unassigned.map(\.visit) == ["crane"])
        #expect(plan.unassigned.first?.reasons.isEmpty == false)
        #expect(plan.summary.status == .optimal)
    }

    @Test func fixturesGiveValidPlansWithBounds() throws {
        for (name, scenario) in Fixtures.all {
            let problem = try Problem(scenario: scenario)
            let plan = MIPStrategy().plan(problem, context: Self.context(timeLimit: 3))
            expectValid(plan, scenario)
            #expect(plan.summary.strategy == "mip", "\(name)")
            #expect(plan.summary.bound != nil, "\(name) has no bound")
        }
    }

    @Test func solomonC101CutOfTenProvesOptimal() throws {
        let path = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Scenarios/solomon/C101.txt").path
        var scenario = try ScenarioReader.read(contentsOf: path)
        scenario.visits = Array(scenario.visits.prefix(10))
        let problem = try Problem(scenario: scenario, convention: .dimacs)
        let plan = MIPStrategy().plan(problem, context: Self.context(timeLimit: 8))
        expectValid(plan, scenario, convention: .dimacs)
        #expect(plan.summary.status == .optimal)
        #expect(plan.summary.unassigned == 0)
        #expect(abs(plan.summary.cost - 58.1) < 1e-6)
    }
}
