import FieldPlanModel
import FieldPlanValidator

/// What a dispatch job produced: the scenario, the plan, the validator's verdict and skipped rows.
public struct DispatchResult: Sendable {
    /// The scenario planned.
    public var scenario: Scenario
    /// The plan.
    public var plan: Plan
    /// The independent validator's report on the plan.
    public var validation: ValidationReport
    /// Input rows left out (`--skip-bad-rows`).
    public var skipped: [SkippedRow]

    /// Creates a result.
    public init(scenario: Scenario, plan: Plan, validation: ValidationReport, skipped: [SkippedRow] = []) {
        self.scenario = scenario
        self.plan = plan
        self.validation = validation
        self.skipped = skipped
    }

    /// Mandatory visits the plan leaves out.
    public var mandatoryLeftOut: [String] {
        let mandatory = Set(scenario.visits.filter(\.mandatory).map(\.id))
        return plan.unassigned.map(\.visit).filter(mandatory.contains)
    }

    /// 0 when complete and valid, 1 when a mandatory visit is left out or the plan has violations.
    public var exitStatus: ExitStatus {
        mandatoryLeftOut.isEmpty && validation.isValid ? .solved : .incomplete
    }
}
