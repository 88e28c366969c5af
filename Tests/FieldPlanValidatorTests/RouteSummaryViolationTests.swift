import FieldPlanModel
import FieldPlanTestSupport
import FieldPlanValidator
import Testing

/// A route's stated totals, when present, equal the recomputation.
@Suite struct RouteSummaryViolationTests {
    let scenario = Fixtures.line

    /// The line plan (0 → 10 → 20 → 30 → 0) with its correct route summary.
    func plan() -> Plan {
        var plan = PlanBuilderForTests.plan(scenario, routes: ["t1": ["v1", "v2", "v3"]])
        plan.routes[0].summary = RouteSummary(
            visits: 3, distance: 60, travelTime: 60, waiting: 0, lateness: 0, overtime: 0, cost: 60)
        return plan
    }

    @Test func correctRouteSummaryPasses() {
        expectValid(plan(), scenario)
    }

    @Test func wrongRouteDistanceIsCaught() {
        var plan = plan()
        plan.routes[0].summary?.distance = 59
        expectOnly(.summaryMismatch, plan, scenario)
        #expect(validationReport(plan, scenario).violations[0].message.contains("route summary distance"))
    }

    @Test func wrongRouteVisitCountIsCaught() {
        var plan = plan()
        plan.routes[0].summary?.visits = 2
        expectOnly(.summaryMismatch, plan, scenario)
    }
}
