import FieldPlanModel

extension PlanValidator {
    /// Follow-ups served after their predecessors, with the gap, by the same technician if asked.
    func checkFollowUps(served: [String: ServedVisit], violations: inout [PlanViolation]) {
        var seen: Set<String> = []
        for visit in scenario.visits where seen.insert(visit.id).inserted {
            guard let link = visit.followUp, let follower = served[visit.id] else { continue }
            guard let first = served[link.after] else {
                violations.append(PlanViolation(
                    .followUpPredecessorLeftOut, technician: follower.technician, visit: visit.id,
                    "the visit follows up \(link.after), which is not served"))
                continue
            }
            let earliest = first.end + link.minGap
            if follower.start.isFinite, earliest.isFinite, !Self.atLeast(follower.start, earliest) {
                violations.append(PlanViolation(
                    .followUpTooEarly, technician: follower.technician, visit: visit.id,
                    "start \(Self.text(follower.start)) is before \(link.after)'s end \(Self.text(first.end)) "
                        + "plus the gap \(Self.text(link.minGap))"))
            }
            if link.sameTechnician, first.route != follower.route {
                violations.append(PlanViolation(
                    .followUpDifferentTechnician, technician: follower.technician, visit: visit.id,
                    "the visit must be served by \(first.technician), who serves \(link.after)"))
            }
        }
    }
}
