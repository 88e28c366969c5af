import FieldPlanModel
import FieldPlanTestSupport
import FieldPlanValidator
import Testing

/// Follow-ups come after their predecessors, with the gap, by the same technician when asked.
///
/// The valid plan: ana inspect 10–40, repair 100–160; ben survey 10–40, install 160–220.
@Suite struct FollowUpViolationTests {
    let scenario = Fixtures.followUps
    let valid: KeyValuePairs<String, [String]> = ["ana": ["inspect", "repair"], "ben": ["survey", "install"]]

    @Test func validPlanWaitsForTheGaps() {
        let plan = PlanBuilderForTests.plan(scenario, routes: valid)
        #expect(plan.routes[0].stops[1].start == 100)
        #expect(plan.routes[1].stops[1].start == 160)
        expectValid(plan, scenario)
    }

    @Test func followUpTooEarly() {
        let plan = edited(scenario, valid) { retime(&$0, stop: 1, arrival: 50, start: 90, end: 150) }
        expectOnly(.followUpTooEarly, plan, scenario)
    }

    @Test func followUpBeforeItsPredecessorInAnotherRoute() {
        let plan = edited(scenario, valid) { retime(&$0, route: 1, stop: 1, arrival: 50, start: 50, end: 110) }
        expectOnly(.followUpTooEarly, plan, scenario)
    }

    @Test func followUpByAnotherTechnician() {
        let plan = PlanBuilderForTests.plan(
            scenario, routes: ["ana": ["inspect"], "ben": ["repair", "survey", "install"]])
        expectOnly(.followUpDifferentTechnician, plan, scenario)
    }

    @Test func followUpWithoutItsPredecessor() {
        let plan = PlanBuilderForTests.plan(scenario, routes: ["ana": ["repair"], "ben": ["survey", "install"]])
        expectOnly(.followUpPredecessorLeftOut, plan, scenario)
    }
}
