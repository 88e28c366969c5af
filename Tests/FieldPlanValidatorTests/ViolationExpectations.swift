import FieldPlanModel
import FieldPlanTestSupport
import FieldPlanValidator
import Testing

/// Records an issue unless validating `plan` reports exactly the codes `expected`.
func expectViolations(
    _ expected: Set<ViolationCode>, _ plan: Plan, _ scenario: Scenario, convention: DistanceConvention = .exact,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let report = validationReport(plan, scenario, convention: convention)
    if report.codes != expected {
        let wanted = expected.map(\.rawValue).sorted().joined(separator: ", ")
        Issue.record(
            Comment(rawValue: "expected [\(wanted)], got:\n\(report.text)"), sourceLocation: sourceLocation)
    }
}

/// Records an issue unless validating `plan` reports exactly one violation, with `code`.
func expectOnly(
    _ code: ViolationCode, _ plan: Plan, _ scenario: Scenario, convention: DistanceConvention = .exact,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let report = validationReport(plan, scenario, convention: convention)
    if report.violations.map(\.code) != [code] {
        Issue.record(
            Comment(rawValue: "expected exactly one [\(code.rawValue)], got:\n\(report.text)"),
            sourceLocation: sourceLocation)
    }
}

/// Builds a plan with the test builder, applies `edit`, and recomputes the summary, so that only
/// the edited constraint can be broken.
func edited(
    _ scenario: Scenario, _ routes: KeyValuePairs<String, [String]>, convention: DistanceConvention = .exact,
    _ edit: (inout Plan) -> Void
) -> Plan {
    var plan = PlanBuilderForTests.plan(scenario, routes: routes, convention: convention)
    edit(&plan)
    return PlanBuilderForTests.resummarised(plan, for: scenario, convention: convention)
}

/// Shifts a stop and sets its times.
func retime(_ plan: inout Plan, route: Int = 0, stop: Int, arrival: Double, start: Double, end: Double) {
    plan.routes[route].stops[stop].arrival = arrival
    plan.routes[route].stops[stop].start = start
    plan.routes[route].stops[stop].end = end
}
