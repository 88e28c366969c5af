import FieldPlanModel
import FieldPlanTestSupport
import FieldPlanValidator
import Testing

/// The summary's totals and cost equal the recomputation, within 1e-6 relative.
@Suite struct SummaryViolationTests {
    let scenario = Fixtures.fieldDay

    func plan() -> Plan { PlanBuilderForTests.plan(scenario, routes: Fixtures.fieldDayRoutes) }

    @Test func costMismatch() {
        var plan = plan()
        plan.summary.cost += 1
        expectOnly(.summaryMismatch, plan, scenario)
        #expect(validationReport(plan, scenario).violations[0].message.contains("summary cost"))
    }

    @Test func distanceMismatch() {
        var plan = plan()
        plan.summary.distance *= 1.01
        expectOnly(.summaryMismatch, plan, scenario)
        #expect(validationReport(plan, scenario).violations[0].message.contains("summary distance"))
    }

    @Test func countsMismatch() {
        var plan = plan()
        plan.summary.assigned -= 1
        plan.summary.routes += 1
        let report = validationReport(plan, scenario)
        #expect(report.codes == [.summaryMismatch])
        #expect(report.violations.count == 2)
    }

    @Test func roundingNoiseIsTolerated() {
        var plan = plan()
        plan.summary.cost *= 1 + 1e-9
        plan.summary.travelTime += 1e-9
        expectValid(plan, scenario)
    }

    @Test func conventionMismatch() {
        var plan = plan()
        plan.summary.distanceConvention = .dimacs
        expectOnly(.summaryMismatch, plan, scenario)
    }
}
