import FieldPlanModel
import LinearProgramming

extension RoutingModel {
    /// The model's values for a plan given as visit sequences with their start minutes: a warm
    /// start for GLPK, or `nil` when the plan uses something the model does not have.
    func warmStart(sequences: [[Int]], starts: [Int: Double]) -> [Variable: Double]? {
        let p = problem, V = p.visitCount
        var values: [Variable: Double] = [:]
        for variable in model.variables { values[variable] = 0 }
        var arcIndex: [[Int: Variable]] = fleets.map { _ in [:] }
        for (f, list) in arcs.enumerated() {
            for arc in list { arcIndex[f][(arc.from + 1) * (V + 1) + arc.to + 1] = arc.variable }
        }
        for v in 0..<V {
            if let s = start[v] { values[s] = earliest[v] }
            if let q = load[v] { values[q] = p.demand[v] }
            if let n = visitCount[v] { values[n] = 1 }
            if let d = departure[v] { values[d] = departureFloor }
        }
        var taken = [Int](repeating: 0, count: fleets.count)
        for t in 0..<min(sequences.count, p.technicianCount) where !sequences[t].isEmpty {
            guard let f = fleets.indices.first(where: {
                p.twinClass[technician($0)] == p.twinClass[t] && taken[$0] < fleets[$0].count
            }) else { return nil }
            taken[f] += 1
            let route = sequences[t]
            guard let first = route.first, let firstStart = starts[first] else { return nil }
            let routeDeparture = firstStart - travel(f, -1, first)
            var previous = -1, cumulative = 0.0
            for (position, v) in route.enumerated() {
                guard let y = served[f][v], let s = start[v], let at = starts[v],
                      let arc = arcIndex[f][(previous + 1) * (V + 1) + v + 1]
                else { return nil }
                values[y] = 1
                values[arc] = 1
                values[s] = at
                cumulative += p.demand[v]
                if let q = load[v] { values[q] = cumulative }
                if let n = visitCount[v] { values[n] = Double(position + 1) }
                if let d = departure[v] { values[d] = routeDeparture }
                if let late = lateness[v] { values[late] = max(0, at - p.softDeadlineMinutes[v]) }
                if windowChoice[v].count > 1 {
                    guard let w = windows[v].firstIndex(where: { $0.lowerBound - 1e-9 <= at && at <= $0.upperBound + 1e-9 })
                    else { return nil }
                    values[windowChoice[v][w]] = 1
                }
                previous = v
            }
            guard let arc = arcIndex[f][(previous + 1) * (V + 1)], let last = starts[previous] else { return nil }
            values[arc] = 1
            let end = last + service(f, previous) + travel(f, previous, -1)
            if let extra = overtime[f][previous] {
                values[extra] = max(0, end - Problem.minutes(p.shiftEnd[technician(f)]))
            }
            if let length = duration[f][previous] { values[length] = end - routeDeparture }
        }
        return values
    }

    /// The visit sequences of a solution, by technician: each fleet's chains from its start are
    /// handed to its members in order. Visits on a cycle detached from every start are dropped.
    func sequences(from result: SolveResult) -> [[Int]] {
        var sequences = [[Int]](repeating: [], count: problem.technicianCount)
        for (f, list) in arcs.enumerated() {
            var next: [Int: Int] = [:]
            var firsts: [Int] = []
            for arc in list where (result.value(of: arc.variable) ?? 0) > 0.5 {
                if arc.from < 0 {
                    if arc.to >= 0 { firsts.append(arc.to) }
                } else {
                    next[arc.from] = arc.to
                }
            }
            for (member, first) in zip(fleets[f], firsts) {
                var chain: [Int] = []
                var seen: Set<Int> = []
                var v = first
                while v >= 0, seen.insert(v).inserted {
                    chain.append(v)
                    v = next[v] ?? -1
                }
                sequences[member] = chain
            }
        }
        return sequences
    }
}
