import FieldPlanModel
import FieldPlanTestSupport
import FieldPlanValidator
import Testing

/// Skills, levels, exclusions and pins decide who may serve a visit.
@Suite struct QualificationViolationTests {
    let skills = Fixtures.skills

    @Test func skillMissing() {
        let plan = PlanBuilderForTests.plan(
            skills, routes: ["senior": ["boiler", "meter"], "junior": ["lamp"], "electrician": ["wiring"]])
        expectOnly(.skillMissing, plan, skills)
    }

    @Test func skillLevelTooLow() {
        let plan = PlanBuilderForTests.plan(
            skills, routes: ["junior": ["boiler", "meter"], "electrician": ["wiring", "lamp"]])
        expectOnly(.skillLevelTooLow, plan, skills)
        #expect(validationReport(plan, skills).violations.first?.visit == "boiler")
    }

    @Test func excludedTechnician() {
        var scenario = Fixtures.line
        scenario.visits[1].excludedTechnicians = ["t1"]
        let plan = PlanBuilderForTests.plan(scenario, routes: ["t1": ["v1", "v2", "v3"]])
        expectOnly(.excludedTechnician, plan, scenario)
    }

    @Test func pinnedTechnician() {
        var scenario = Fixtures.twoTechnicians
        scenario.visits[0].pinnedTechnician = "south"
        let plan = PlanBuilderForTests.plan(scenario, routes: ["north": ["n1", "n2"], "south": ["s1", "s2"]])
        expectOnly(.pinnedTechnician, plan, scenario)
    }
}
