import FieldPlan
import FieldPlanBench
import FieldPlanTestSupport
import Foundation
import Testing

@Suite struct ScenarioGeneratorTests {
    @Test func sameSeedSameScenario() throws {
        let a = try ScenarioGenerator.generate(visits: 40, technicians: 5, seed: 7, kind: .mixed, windows: .mixed)
        let b = try ScenarioGenerator.generate(visits: 40, technicians: 5, seed: 7, kind: .mixed, windows: .mixed)
        let c = try ScenarioGenerator.generate(visits: 40, technicians: 5, seed: 8, kind: .mixed, windows: .mixed)
        #expect(a == b)
        #expect(a != c)
    }

    @Test func scenariosHaveTheRealisticIngredients() throws {
        let scenario = try ScenarioGenerator.generate(visits: 120, technicians: 8, seed: 3, kind: .clustered, windows: .mixed)
        #expect(scenario.date == "2026-11-30")
        #expect(scenario.timeZone == "Europe/Berlin")
        #expect((4...6).contains(scenario.skills?.count ?? 0))
        #expect(scenario.technicians.allSatisfy { $0.breaks.count == 1 })
        #expect(scenario.visits.contains { $0.mandatory })
        #expect(scenario.visits.contains { !$0.mandatory && $0.penalty != nil })
        #expect(scenario.visits.contains { $0.sla?.hard == false })
        #expect(scenario.visits.contains { $0.followUp != nil })
        #expect(scenario.visits.contains { !$0.preferredTechnicians.isEmpty || !$0.excludedTechnicians.isEmpty })
        #expect(throws: Never.self) { _ = try Problem(scenario: scenario) }
    }

    @Test func badCountsThrow() {
        #expect(throws: BenchmarkError.self) { _ = try ScenarioGenerator.generate(visits: 5, technicians: 0, seed: 1) }
        #expect(throws: BenchmarkError.self) { _ = try ScenarioGenerator.generate(visits: -1, technicians: 2, seed: 1) }
    }

    @Test(arguments: ScenarioGenerator.Kind.allCases, ScenarioGenerator.WindowStyle.allCases)
    func everyVisitHasATechnicianWhoCanServeItAlone(kind: ScenarioGenerator.Kind, windows: ScenarioGenerator.WindowStyle) throws {
        for seed: UInt64 in 1...3 {
            let scenario = try ScenarioGenerator.generate(visits: 60, technicians: 4, seed: seed, kind: kind, windows: windows)
            for visit in scenario.visits where visit.mandatory {
                #expect(Self.someoneServesAlone(visit, in: scenario),
                        "\(kind) \(windows) seed \(seed): nobody can serve \(visit.id) alone")
            }
        }
    }

    /// Whether some technician serves `visit` alone in a plan the validator accepts: the scenario is
    /// cut down to that technician and visit, and the plan tries lunch nowhere, after, or before.
    static func someoneServesAlone(_ visit: Visit, in scenario: Scenario) -> Bool {
        var alone = visit
        alone.followUp = nil
        return scenario.technicians.contains { technician in
            var single = scenario
            single.technicians = [technician]
            single.visits = [alone]
            single.skills = nil
            let marker = PlanBuilderForTests.breakMarker
            return [[visit.id], [visit.id, marker], [marker, visit.id]].contains { sequence in
                guard visit.skills.allSatisfy({ technician.skills[$0.key, default: -1] >= $0.value }) else { return false }
                let plan = PlanBuilderForTests.plan(single, routes: [technician.id: sequence])
                let report = PlanValidator(scenario: single).validate(plan)
                return report.violations.allSatisfy { $0.code == .summaryMismatch }
            }
        }
    }

    @Test func generatedScenariosRoundTripThroughJSON() throws {
        let scenario = try ScenarioGenerator.generate(visits: 15, technicians: 3, seed: 11, kind: .random, windows: .tight)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(scenario)
        let read = try ScenarioReader.read(data: data, name: "generated.json")
        #expect(read == scenario)
    }
}
