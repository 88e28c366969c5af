/// What the validator found: every broken constraint, and the recomputed totals and cost.
public struct ValidationReport: Sendable {
    /// Every broken constraint, in the order found (routes first, then coverage, follow-ups,
    /// summary).
    public var violations: [PlanViolation]
    /// The totals and cost recomputed from the scenario.
    public var recomputed: RecomputedCosts

    /// Creates a report.
    public init(violations: [PlanViolation], recomputed: RecomputedCosts) {
        self.violations = violations
        self.recomputed = recomputed
    }

    /// Whether the plan breaks no constraint.
    public var isValid: Bool { violations.isEmpty }

    /// The distinct codes of the violations.
    public var codes: Set<ViolationCode> { Set(violations.map(\.code)) }

    /// One line per violation; `valid` when there is none.
    public var text: String {
        violations.isEmpty ? "valid" : violations.map(\.description).joined(separator: "\n")
    }
}
