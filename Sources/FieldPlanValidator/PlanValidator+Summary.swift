import FieldPlanModel

extension PlanValidator {
    /// The plan's summary against the recomputation.
    func checkSummary(_ summary: PlanSummary, against costs: RecomputedCosts, violations: inout [PlanViolation]) {
        func compare(_ field: String, _ stated: Double, _ recomputed: Double) {
            if !Self.sameSum(stated, recomputed) {
                violations.append(PlanViolation(
                    .summaryMismatch, "summary \(field) is \(stated) but the recomputed value is \(recomputed)"))
            }
        }
        func compare(_ field: String, _ stated: Int, _ recomputed: Int) {
            if stated != recomputed {
                violations.append(PlanViolation(
                    .summaryMismatch, "summary \(field) is \(stated) but the recomputed value is \(recomputed)"))
            }
        }
        compare("distance", summary.distance, costs.distance)
        compare("travelTime", summary.travelTime, costs.travelTime)
        compare("routes", summary.routes, costs.routes)
        compare("assigned", summary.assigned, costs.assigned)
        compare("unassigned", summary.unassigned, costs.unassigned)
        compare("lateness", summary.lateness, costs.lateness)
        compare("overtime", summary.overtime, costs.overtime)
        compare("cost", summary.cost, costs.cost)
        if summary.distanceConvention != convention {
            violations.append(PlanViolation(
                .summaryMismatch,
                "summary distanceConvention is \(summary.distanceConvention.rawValue) "
                    + "but the plan is validated in \(convention.rawValue)"))
        }
    }
}
