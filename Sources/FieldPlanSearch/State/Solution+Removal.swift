import FieldPlanModel

extension Solution {
    /// Takes `visits` out of their routes, each route rescheduled once rather than once per visit
    /// (routes in the order they are first met). Visits already left out are skipped.
    ///
    /// Follow-up links stay valid as with one removal at a time: each route is rescheduled against
    /// the current schedules of the others, and removing visits only moves starts earlier.
    mutating func remove(all visits: [Int]) {
        var touched: [Int] = []
        for v in visits {
            let t = routeOf[v]
            guard t >= 0 else { continue }
            if !touched.contains(t) { touched.append(t) }
            assign(v, to: -1)
        }
        for t in touched {
            let kept = routes[t].visits.filter { routeOf[$0] == t }
            replaceVisits(of: t, with: kept)
            _ = reschedule(t)
        }
    }
}
