import FieldPlan
import FieldPlanTestSupport
import Foundation
import Testing

/// `PlanComparison` on the skills fixture: figures from the validator, differences in scenario
/// order, and the verdict of a plan that breaks a rule.
struct PlanComparisonTests {
    private let scenario = Fixtures.skills

    /// senior: boiler, meter; electrician: wiring, lamp (the fixture's valid plan), each route 20 + √200.
    private var reference: Plan {
        PlanBuilderForTests.plan(scenario, routes: ["senior": ["boiler", "meter"], "electrician": ["wiring", "lamp"]])
    }

    @Test func figuresComeFromTheValidatorNotFromThePlan() {
        var stated = reference
        stated.summary.cost = 1
        stated.summary.distance = 1
        let comparison = PlanComparison(scenario: scenario, plans: [("a", reference), ("b", stated)])
        let expected = 2 * (20 + 200.0.squareRoot())
        for entry in comparison.entries {
            #expect(abs(entry.validation.recomputed.distance - expected) < 1e-9)
            #expect(abs(entry.validation.recomputed.cost - expected) < 1e-9)
        }
        #expect(comparison.entries[0].validation.isValid)
        #expect(comparison.entries[1].validation.codes == [.summaryMismatch])
        #expect(comparison.difference(at: 1).isEmpty)
    }

    @Test func aVisitMovedToAnotherTechnicianIsAReassignment() {
        let moved = PlanBuilderForTests.plan(
            scenario, routes: ["senior": ["boiler"], "junior": ["meter"], "electrician": ["lamp", "wiring"]])
        let comparison = PlanComparison(scenario: scenario, plans: [("a", reference), ("b", moved)])
        let difference = comparison.difference(at: 1)
        #expect(difference.reassigned == [.init(visit: "meter", from: "senior", to: "junior")])
        #expect(difference.leftOutOnlyHere.isEmpty && difference.servedOnlyHere.isEmpty)
        #expect(difference.changedRoutes == ["senior", "junior", "electrician"])
        expectValid(moved, scenario)
    }

    @Test func visitsServedInOnlyOnePlanAreListedBothWays() {
        let fewer = PlanBuilderForTests.plan(scenario, routes: ["senior": ["boiler", "meter", "lamp"]])
        let comparison = PlanComparison(scenario: scenario, plans: [("a", reference), ("b", fewer)])
        let forward = comparison.difference(at: 1)
        #expect(forward.leftOutOnlyHere == ["wiring"])
        #expect(forward.reassigned == [.init(visit: "lamp", from: "electrician", to: "senior")])
        #expect(forward.changedRoutes == ["senior", "electrician"])
        let backward = PlanComparison(scenario: scenario, plans: [("b", fewer), ("a", reference)]).difference(at: 1)
        #expect(backward.servedOnlyHere == ["wiring"])
        #expect(backward.leftOutOnlyHere.isEmpty)
    }

    @Test func aPlanBreakingASkillRuleIsNotUsable() {
        let wrong = PlanBuilderForTests.plan(
            scenario, routes: ["junior": ["boiler", "meter"], "electrician": ["wiring", "lamp"]])
        let comparison = PlanComparison(scenario: scenario, plans: [("a", reference), ("b", wrong)])
        #expect(comparison.entries[0].validation.isValid)
        #expect(comparison.entries[1].validation.codes == [.skillLevelTooLow])
        #expect(comparison.difference(at: 1).reassigned == [.init(visit: "boiler", from: "senior", to: "junior"),
                                                            .init(visit: "meter", from: "senior", to: "junior")])
    }

    @Test func aMandatoryVisitLeftOutIsListedAndMakesThePlanInvalid() {
        var strict = scenario
        strict.visits[3].mandatory = true
        let withoutLamp = PlanBuilderForTests.plan(
            strict, routes: ["senior": ["boiler", "meter"], "electrician": ["wiring"]])
        let comparison = PlanComparison(scenario: strict, plans: [("a", withoutLamp), ("b", withoutLamp)])
        #expect(comparison.entries[0].mandatoryLeftOut == ["lamp"])
        #expect(comparison.entries[0].validation.codes == [.mandatoryLeftOut])
    }
}
