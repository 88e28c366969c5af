import FieldPlanModel
import FieldPlanTestSupport
import FieldPlanValidator
import Testing

/// Visits per route and parts carried.
@Suite struct LimitViolationTests {
    let all: KeyValuePairs<String, [String]> = ["t1": ["v1", "v2", "v3"]]

    @Test func maxVisitsExceeded() {
        var scenario = Fixtures.line
        scenario.technicians[0].maxVisits = 2
        let plan = PlanBuilderForTests.plan(scenario, routes: all)
        expectOnly(.maxVisitsExceeded, plan, scenario)
    }

    @Test func capacityExceeded() {
        var scenario = Fixtures.line
        scenario.technicians[0].capacity = 8
        for index in scenario.visits.indices { scenario.visits[index].demand = 3 }
        let plan = PlanBuilderForTests.plan(scenario, routes: all)
        expectOnly(.capacityExceeded, plan, scenario)
    }

    @Test func capacityExactlyFilledIsValid() {
        var scenario = Fixtures.line
        scenario.technicians[0].capacity = 9
        for index in scenario.visits.indices { scenario.visits[index].demand = 3 }
        expectValid(PlanBuilderForTests.plan(scenario, routes: all), scenario)
    }
}
