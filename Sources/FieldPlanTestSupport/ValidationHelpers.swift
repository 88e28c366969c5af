import FieldPlanModel
import FieldPlanValidator
import Testing

/// Runs the validator on `plan` for `scenario`.
public func validationReport(
    _ plan: Plan, _ scenario: Scenario, convention: DistanceConvention = .exact,
    objectiveKind: ObjectiveSettings.Kind? = nil
) -> ValidationReport {
    PlanValidator(scenario: scenario, convention: convention, objectiveKind: objectiveKind).validate(plan)
}

/// Records a test issue listing every violation when `plan` is not valid for `scenario`.
public func expectValid(
    _ plan: Plan, _ scenario: Scenario, convention: DistanceConvention = .exact,
    objectiveKind: ObjectiveSettings.Kind? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    let report = validationReport(plan, scenario, convention: convention, objectiveKind: objectiveKind)
    if !report.isValid {
        Issue.record(
            Comment(rawValue: "plan for \(scenario.name ?? "scenario") is not valid:\n" + report.text),
            sourceLocation: sourceLocation)
    }
}
