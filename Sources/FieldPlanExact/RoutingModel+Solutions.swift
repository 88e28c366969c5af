import FieldPlanModel
import LinearProgramming

extension RoutingModel {
    /// The model's values for `plan` (a plan of the same scenario, such as the heuristic's): a
    /// warm start for GLPK, or `nil` when the plan uses something the model does not have.
    func warmStart(plan: Plan) -> [Variable: Double]? {
        let p = problem, V = p.visitCount
        let technicianIndex = Dictionary(
            p.scenario.technicians.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let visitIndex = Dictionary(p.scenario.visits.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var values = defaultValues()
        var arcIndex: [[Int: Variable]] = fleets.map { _ in [:] }
        for (f, list) in arcs.enumerated() {
            for arc in list { arcIndex[f][(arc.from + 1) * (V + 1) + arc.to + 1] = arc.variable }
        }
        var used = [Int](repeating: 0, count: fleets.count)
        for route in plan.routes {
            guard let t = technicianIndex[route.technician] else { return nil }
            guard let f = fleets.indices.first(where: {
                p.twinClass[technician($0)] == p.twinClass[t] && used[$0] < fleets[$0].count
            }) else { return nil }
            used[f] += 1
            let breaks = breakVariables[f]
            var previous = -1, position = 0, taken = 0, cumulative = 0.0
            var gap = route.start
            var pending: [(rule: Int, start: Double)] = []
            for stop in route.stops {
                if stop.kind == .break {
                    pending.append((taken, stop.start))
                    taken += 1
                    continue
                }
                guard let id = stop.visit, let v = visitIndex[id], let y = served[f][v], let s = start[v],
                      let arc = arcIndex[f][(previous + 1) * (V + 1) + v + 1]
                else { return nil }
                values[y] = 1
                values[arc] = 1
                values[s] = stop.start
                cumulative += p.demand[v]
                position += 1
                if let q = load[v] { values[q] = cumulative }
                if let n = visitCount[v] { values[n] = Double(position) }
                if let d = departure[v] { values[d] = route.start }
                if let late = lateness[v] { values[late] = max(0, stop.start - p.softDeadlineMinutes[v]) }
                if windowChoice[v].count > 1 {
                    guard let w = windows[v].firstIndex(where: {
                        $0.lowerBound - 1e-9 <= stop.start && stop.start <= $0.upperBound + 1e-9
                    }) else { return nil }
                    values[windowChoice[v][w]] = 1
                }
                if let g = gapStart[v] { values[g] = gap }
                if let breaks {
                    for (rule, start) in pending {
                        guard let z = breaks.before[rule][v], let b = breaks.beforeStart[rule][v] else { return nil }
                        values[z] = 1
                        values[b] = start
                    }
                    for rule in 0..<taken { if let c = breaks.taken[rule][v] { values[c] = 1 } }
                } else if !pending.isEmpty {
                    return nil
                }
                pending = []
                gap = stop.start + service(f, v)
                previous = v
            }
            guard previous >= 0, let arc = arcIndex[f][(previous + 1) * (V + 1)] else { return nil }
            values[arc] = 1
            if let breaks {
                for (rule, start) in pending {
                    guard let a = breaks.after[rule][previous], let b = breaks.afterStart[rule][previous] else { return nil }
                    values[a] = 1
                    values[b] = start
                }
                if let end = routeEnd[previous] { values[end] = route.end }
            } else if !pending.isEmpty {
                return nil
            }
            if let extra = overtime[f][previous] {
                values[extra] = max(0, route.end - Problem.minutes(p.shiftEnd[technician(f)]))
            }
            if let length = duration[f][previous] { values[length] = route.end - route.start }
        }
        return values
    }

    /// Every variable at a value inside its bounds that leaves the visits unserved.
    private func defaultValues() -> [Variable: Double] {
        let p = problem, V = p.visitCount
        var values: [Variable: Double] = [:]
        for variable in model.variables { values[variable] = 0 }
        for v in 0..<V {
            if let s = start[v] { values[s] = earliest[v] }
            if let q = load[v] { values[q] = p.demand[v] }
            if let n = visitCount[v] { values[n] = 1 }
            if let d = departure[v] { values[d] = departureFloor }
            if let g = gapStart[v] { values[g] = departureFloor }
            if let end = routeEnd[v] { values[end] = earliest[v] }
        }
        for (f, breaks) in breakVariables.enumerated() {
            guard let breaks else { continue }
            for (r, rule) in problem.breaks[technician(f)].enumerated() {
                for v in 0..<V {
                    if let b = breaks.beforeStart[r][v] { values[b] = Problem.minutes(rule.earliestStart) }
                    if let b = breaks.afterStart[r][v] { values[b] = Problem.minutes(rule.earliestStart) }
                }
            }
        }
        return values
    }

    /// The routes of a solution, by technician: each fleet's chains from its start are handed
    /// to its members in order, with the breaks the model placed. Visits on a cycle detached
    /// from every start are dropped.
    func routes(from result: SolveResult) -> [MIPRoute] {
        var routes = (0..<problem.technicianCount).map {
            MIPRoute(technician: $0, visits: [], breaksBefore: [], breaksTotal: 0, departure: nil)
        }
        func isSet(_ variable: Variable?) -> Bool { variable.map { (result.value(of: $0) ?? 0) > 0.5 } ?? false }
        for (f, list) in arcs.enumerated() {
            var next: [Int: Int] = [:]
            var firsts: [Int] = []
            for arc in list where isSet(arc.variable) {
                if arc.from < 0 {
                    if arc.to >= 0 { firsts.append(arc.to) }
                } else {
                    next[arc.from] = arc.to
                }
            }
            let rules = problem.breakCount[technician(f)]
            for (member, first) in zip(fleets[f], firsts) {
                var route = routes[member]
                var seen: Set<Int> = []
                var v = first, taken = 0
                while v >= 0, seen.insert(v).inserted {
                    if let breaks = breakVariables[f] {
                        taken += (0..<rules).filter { isSet(breaks.before[$0][v]) }.count
                    }
                    route.visits.append(v)
                    route.breaksBefore.append(taken)
                    if next[v] ?? -1 < 0, let breaks = breakVariables[f] {
                        taken += (0..<rules).filter { isSet(breaks.after[$0][v]) }.count
                    }
                    v = next[v] ?? -1
                }
                route.breaksTotal = taken
                route.departure = first >= 0 ? departure[first].flatMap { result.value(of: $0) } : nil
                routes[member] = route
            }
        }
        return routes
    }
}
