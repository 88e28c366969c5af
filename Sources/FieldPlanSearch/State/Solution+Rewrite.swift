import FieldPlanModel

extension Solution {
    /// Gives route `first` (and route `second`, unless it is -1) new visit sequences drawn from
    /// their current visits, and reschedules them. Returns `false` when a rewritten route breaks a
    /// hard constraint or a follow-up link between them; the solution then holds the broken
    /// routes (infinite cost) and the caller restores or discards it.
    mutating func rewrite(_ first: Int, to firstVisits: [Int], _ second: Int, to secondVisits: [Int]) -> Bool {
        replaceVisits(of: first, with: firstVisits)
        if second >= 0 { replaceVisits(of: second, with: secondVisits) }
        for v in firstVisits { assign(v, to: first) }
        if second >= 0 { for v in secondVisits { assign(v, to: second) } }
        var feasible = reschedule(first)
        if second >= 0 {
            feasible = reschedule(second) && feasible
            if routes[first].hasFollowUps || routes[second].hasFollowUps {
                feasible = reschedule(first) && feasible
                feasible = feasible && followUpsHold(in: first) && followUpsHold(in: second)
            }
        }
        return feasible
    }

    /// Whether every follow-up link touching route `t` holds in the cached schedules: the
    /// predecessor is routed, earlier in the same route, on the same technician when required,
    /// and the follow-up starts no earlier than the predecessor's end plus the gap.
    func followUpsHold(in t: Int) -> Bool {
        let p = problem
        guard routes[t].hasFollowUps else { return true }
        for w in routes[t].visits {
            let pred = p.predecessor[w]
            if pred >= 0 && !linkHolds(pred, w) { return false }
            for s in p.successors[w] where routeOf[s] >= 0 && !linkHolds(w, s) { return false }
        }
        return true
    }

    private func linkHolds(_ pred: Int, _ s: Int) -> Bool {
        let p = problem
        guard routeOf[pred] >= 0 else { return false }
        if routeOf[pred] == routeOf[s] && positionOf[pred] >= positionOf[s] { return false }
        if p.followUpSameTechnician[s] && routeOf[pred] != routeOf[s] { return false }
        return visitStart[s] >= visitEnd[pred] &+ p.followUpGapTicks[s]
    }
}
