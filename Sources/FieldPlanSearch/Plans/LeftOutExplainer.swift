import FieldPlanModel

/// Says why a visit is left out: from the scenario alone when it can never be served, else from
/// the plan (it would cost more than its penalty, or no route has room).
struct LeftOutExplainer {
    let problem: Problem

    /// The reasons for leaving `v` out of `solution`, most fundamental first.
    func reasons(for v: Int, in solution: inout Solution) -> [LeftOutReason] {
        let p = problem
        let visit = p.scenario.visits[v]
        let technicians = p.scenario.technicians
        let qualified = technicians.indices.filter { t in
            visit.skills.allSatisfy { (technicians[t].skills[$0.key] ?? Int.min) >= $0.value }
        }
        guard !qualified.isEmpty else {
            let needs = visit.skills.sorted { $0.key < $1.key }.map { "\($0.key) ≥ \($0.value)" }
            return [LeftOutReason(.noQualifiedTechnician,
                                  "no technician has the required skills (\(needs.joined(separator: ", ")))")]
        }
        let allowed = qualified.filter { t in
            !visit.excludedTechnicians.contains(technicians[t].id)
                && (visit.pinnedTechnician.map { $0 == technicians[t].id } ?? true)
        }
        guard !allowed.isEmpty else {
            return [LeftOutReason(.noAllowedTechnician,
                                  "every qualified technician is excluded or differs from the pinned one")]
        }
        let carrying = allowed.filter { p.capacity[$0] + 1e-9 >= p.demand[v] }
        guard !carrying.isEmpty else {
            return [LeftOutReason(.capacity, "its demand (\(visit.demand)) exceeds every allowed technician's capacity")]
        }
        let first = p.windowOffsets[v], last = p.windowOffsets[v + 1]
        guard first < last else {
            return [LeftOutReason(.noWindowInShift, "its time windows, deadline and pinned start leave no start time")]
        }
        let reachable = carrying.filter { t in
            let arrival = p.shiftStart[t] + p.travel(t, p.startNode(t), v)
            let service = p.serviceTicks[t * p.visitCount + v]
            let home = p.openEnd[t] ? 0 : p.travel(t, v, p.endNode(t))
            return (first..<last).contains { w in
                let start = max(arrival, p.windowStarts[w])
                return start <= p.windowEnds[w] && start + service + home <= p.latestEnd[t]
            }
        }
        guard !reachable.isEmpty else {
            if let sla = visit.sla, sla.hard {
                return [LeftOutReason(.deadlineUnreachable,
                                      "its hard deadline cannot be met even going straight from home")]
            }
            return [LeftOutReason(.noWindowInShift, "no time window fits inside an allowed technician's shift")]
        }
        let pred = p.predecessor[v]
        if pred >= 0 && solution.routeOf[pred] < 0 {
            let id = p.scenario.visits[pred].id
            return [LeftOutReason(.followUpUnsatisfiable, "it follows visit \"\(id)\", which is left out")]
        }
        let cheapest = reachable.compactMap { solution.bestInsertion(of: v, into: $0)?.delta }.min()
        if let cheapest, cheapest >= p.unassignedPenalty[v] {
            return [LeftOutReason(.notWorthIt, String(
                format: "serving it would add %.2f to the cost, more than its penalty %.2f",
                cheapest, p.unassignedPenalty[v]))]
        }
        return [LeftOutReason(.noRoom, "no technician's route has room for it in this plan")]
    }
}
