import FieldPlanModel
import FieldPlanValidator

/// What every input must get; a broken promise stops the fuzzer with the input saved.
enum Promises {
    /// Codes that concern a whole file and so carry no location inside it.
    static let fileLevel: Set<IssueCode> = [.unreadableFile, .unrecognisedFormat]

    /// Every rejected input gets located issues with messages.
    static func everyIssueIsLocated(_ error: ScenarioError) {
        guard !error.issues.isEmpty else { fatalError("an input was rejected without any issue") }
        for issue in error.issues {
            if issue.message.isEmpty { fatalError("issue \(issue.code.rawValue) has no message") }
            if issue.location.isEmpty, !fileLevel.contains(issue.code), issue.code != .syntax {
                fatalError("issue without a location: \(issue.code.rawValue): \(issue.message)")
            }
        }
    }

    /// Every issue a CSV reader reports (there may be none) is located and worded.
    static func everyIssueIsLocated(_ issues: [ScenarioIssue]) {
        if !issues.isEmpty { everyIssueIsLocated(ScenarioError(issues: issues)) }
    }

    /// A plan from a strategy passes the independent validator.
    static func planIsValid(_ plan: Plan, scenario: Scenario) {
        let report = PlanValidator(scenario: scenario).validate(plan)
        let broken = report.violations.filter { $0.code != .mandatoryLeftOut }
        if !broken.isEmpty { fatalError("a strategy's plan has violations:\n\(report.text)") }
    }
}
