import FieldPlanModel
import FieldPlanTestSupport
import FieldPlanValidator
import Testing

/// Owed breaks are taken once, inside their windows, for their duration.
///
/// The valid breaks plan: a 490–550, b 560–620, c 630–690, d 700–760, break 760–790, back at 830.
@Suite struct BreakViolationTests {
    let scenario = Fixtures.breaks
    let withBreak: KeyValuePairs<String, [String]> = ["t1": ["a", "b", "c", "d", PlanBuilderForTests.breakMarker]]

    @Test func validPlanTakesTheBreakAtTheLastMoment() {
        let plan = PlanBuilderForTests.plan(scenario, routes: withBreak)
        #expect(plan.routes[0].stops[4] == .breakStop(arrival: 760, start: 760, end: 790))
        #expect(plan.routes[0].end == 830)
        expectValid(plan, scenario)
    }

    @Test func breakMissing() {
        let plan = PlanBuilderForTests.plan(scenario, routes: ["t1": ["a", "b", "c", "d"]])
        expectOnly(.breakMissing, plan, scenario)
    }

    @Test func breakNotOwedWhenTheRouteEndsBeforeItsWindow() {
        let plan = PlanBuilderForTests.plan(scenario, routes: ["t1": ["a", "b"]])
        #expect(plan.routes[0].end == 640)
        expectValid(plan, scenario)
    }

    @Test func breakOutsideItsWindow() {
        let plan = edited(scenario, withBreak) { plan in
            retime(&plan, stop: 4, arrival: 760, start: 785, end: 815)
            plan.routes[0].end = 855
        }
        expectOnly(.breakOutsideWindow, plan, scenario)
    }

    @Test func extraBreak() {
        let plan = edited(scenario, withBreak) { plan in
            plan.routes[0].stops.append(.breakStop(arrival: 790, start: 790, end: 820))
            plan.routes[0].end = 860
        }
        expectOnly(.extraBreak, plan, scenario)
    }

    @Test func breakOfWrongLength() {
        let plan = edited(scenario, withBreak) { retime(&$0, stop: 4, arrival: 760, start: 760, end: 780) }
        expectOnly(.wrongDuration, plan, scenario)
    }

    @Test func breakBeforeTheTechnicianIsFree() {
        let plan = edited(scenario, withBreak) { retime(&$0, stop: 4, arrival: 750, start: 750, end: 780) }
        expectViolations([.arrivalTooEarly, .startBeforeArrival], plan, scenario)
    }

    @Test func breakBetweenVisitsDelaysTheNextTravel() {
        let plan = PlanBuilderForTests.plan(
            scenario, routes: ["t1": ["a", "b", "c", PlanBuilderForTests.breakMarker, "d"]])
        #expect(plan.routes[0].stops[3] == .breakStop(arrival: 690, start: 720, end: 750))
        #expect(plan.routes[0].stops[4].arrival == 760)
        expectValid(plan, scenario)
    }
}
