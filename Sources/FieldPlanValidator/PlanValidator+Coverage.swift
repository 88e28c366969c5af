import FieldPlanModel

extension PlanValidator {
    /// Every scenario visit served or listed as left out exactly once; penalties of those left out.
    func checkCoverage(
        _ plan: Plan, served: [String: ServedVisit], costs: inout RecomputedCosts,
        violations: inout [PlanViolation]
    ) {
        var listed: Set<String> = []
        for entry in plan.unassigned {
            let id = entry.visit
            guard visitsByID[id] != nil else {
                violations.append(PlanViolation(
                    .unknownVisit, visit: id, "a visit listed as left out that the scenario does not have"))
                continue
            }
            if !listed.insert(id).inserted {
                violations.append(PlanViolation(.duplicateLeftOut, visit: id, "the visit is listed as left out more than once"))
            }
            if let route = served[id] {
                violations.append(PlanViolation(
                    .servedAndLeftOut, technician: route.technician, visit: id,
                    "the visit is served and also listed as left out"))
            }
        }
        var seen: Set<String> = []
        for visit in scenario.visits where seen.insert(visit.id).inserted {
            if served[visit.id] != nil {
                costs.assigned += 1
                continue
            }
            costs.unassigned += 1
            let penalty = visit.penalty
                ?? (visit.mandatory ? objective.mandatoryPenalty : objective.visitPenalty * Double(visit.priority))
            costs.unassignedCost += weights.unassigned * penalty
            if !listed.contains(visit.id) {
                violations.append(PlanViolation(
                    .visitUnaccounted, visit: visit.id, "the visit is neither served nor listed as left out"))
            }
            if visit.mandatory {
                violations.append(PlanViolation(.mandatoryLeftOut, visit: visit.id, "a mandatory visit is not served"))
            }
        }
    }
}
