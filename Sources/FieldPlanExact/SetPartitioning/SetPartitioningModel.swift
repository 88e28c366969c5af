import FieldPlanModel
import FieldPlanSearch
import LinearProgramming

/// The set-partitioning MIP over pooled routes: choose routes so that every visit is served by
/// exactly one chosen route or left out at its penalty.
///
/// `min Σ cost(r)·x(r) + Σ penalty(v)·s(v)` subject to
/// - `Σ_{r∋v} x(r) + s(v) = 1` for every visit some column serves (no slack for a mandatory
///   visit the incumbent serves, so a mandatory visit served stays served);
/// - `Σ_{r∈k} x(r) ≤ |k|` for every fleet k of twin technicians (one route per technician);
/// - `Σ_{r∋v} x(r) ≤ Σ_{r∋p} x(r)` for a follow-up v of p (and, when v must be served by p's
///   technician, the right side counts only routes that serve both; routes serving v without p
///   are not columns then).
///
/// Partitioning rather than covering: every integer solution is a plan at the objective's own
/// cost, with no duplicate to remove afterwards (a removal can change a route's cost, or break it
/// when its day then starts earlier), and the incumbent is always a solution: the warm start.
struct SetPartitioningModel {
    /// The routes, incumbent first.
    let columns: [PooledRoute]
    /// The MIP.
    private(set) var model: LinearModel
    /// One binary per column.
    private(set) var routeVariables: [Variable] = []
    /// The incumbent as a solution of the MIP.
    private(set) var warmStart: [Variable: Double] = [:]
    /// The incumbent's objective in the model, left-out visits no column serves excluded.
    private(set) var incumbentValue = 0.0

    init(problem: Problem, pool: RoutePool, incumbent: [PooledRoute]) {
        let p = problem
        let incumbent = incumbent.filter { Self.admissible($0, problem: p) }
        var columns = incumbent
        var seen = Set(incumbent.map { Key(fleet: $0.fleet, visits: $0.visits) })
        for route in pool.routes where Self.admissible(route, problem: p) {
            if seen.insert(Key(fleet: route.fleet, visits: route.visits)).inserted { columns.append(route) }
        }
        self.columns = columns
        model = LinearModel(name: "fieldplan-set-partitioning")

        var servedBy = [[Int]](repeating: [], count: p.visitCount)
        for (r, column) in columns.enumerated() {
            for v in column.visits { servedBy[v].append(r) }
        }
        var inIncumbent = [Bool](repeating: false, count: p.visitCount)
        for route in incumbent {
            for v in route.visits { inIncumbent[v] = true }
        }
        var objective = LinearExpression()
        for (r, column) in columns.enumerated() {
            let x = model.addVariable(name: "r\(r)", kind: .binary)
            routeVariables.append(x)
            objective.add(column.cost, x)
            warmStart[x] = r < incumbent.count ? 1 : 0
            if r < incumbent.count { incumbentValue += column.cost }
        }
        for v in 0..<p.visitCount where !servedBy[v].isEmpty {
            var row = LinearExpression()
            for r in servedBy[v] { row.add(1, routeVariables[r]) }
            if !(p.mandatory[v] && inIncumbent[v]) {
                let slack = model.addVariable(name: "s\(v)", upper: 1)
                objective.add(p.unassignedPenalty[v], slack)
                row.add(1, slack)
                warmStart[slack] = inIncumbent[v] ? 0 : 1
                if !inIncumbent[v] { incumbentValue += p.unassignedPenalty[v] }
            }
            model.addConstraint(row == 1, name: "v\(v)")
        }
        var fleetColumns: [Int: [Int]] = [:]
        for (r, column) in columns.enumerated() { fleetColumns[column.fleet, default: []].append(r) }
        let fleetSize = Dictionary(grouping: 0..<p.technicianCount) { p.twinClass[$0] }.mapValues(\.count)
        for fleet in fleetColumns.keys.sorted() {
            let members = fleetSize[fleet] ?? 0
            guard let rs = fleetColumns[fleet], rs.count > members else { continue }
            model.addConstraint(LinearExpression.sum(rs.map { routeVariables[$0] }) <= Double(members), name: "k\(fleet)")
        }
        for v in 0..<p.visitCount where !servedBy[v].isEmpty && p.predecessor[v] >= 0 {
            let pred = p.predecessor[v]
            var row = LinearExpression()
            for r in servedBy[v] { row.add(1, routeVariables[r]) }
            for r in servedBy[pred] where !p.followUpSameTechnician[v] || columns[r].visits.contains(v) {
                row.add(-1, routeVariables[r])
            }
            model.addConstraint(row <= 0, name: "f\(v)")
        }
        model.minimize(objective)
    }

    /// The chosen columns of a MIP solution, in column order.
    func chosen(in result: SolveResult) -> [PooledRoute] {
        zip(columns, routeVariables).compactMap { column, x in (result.value(of: x) ?? 0) > 0.5 ? column : nil }
    }

    /// Visit sequences per technician for `routes`: each route goes to the technician it was seen
    /// on when that one is free, otherwise to the first free twin; `nil` when a fleet runs short.
    static func sequences(of routes: [PooledRoute], problem: Problem) -> [[Int]]? {
        var sequences = [[Int]](repeating: [], count: problem.technicianCount)
        var taken = [Bool](repeating: false, count: problem.technicianCount)
        var waiting: [PooledRoute] = []
        for route in routes {
            if taken[route.technician] {
                waiting.append(route)
            } else {
                taken[route.technician] = true
                sequences[route.technician] = route.visits
            }
        }
        for route in waiting {
            guard let t = (0..<problem.technicianCount).first(where: {
                !taken[$0] && problem.twinClass[$0] == route.fleet
            }) else { return nil }
            taken[t] = true
            sequences[t] = route.visits
        }
        return sequences
    }

    /// Whether a pooled route may be a column: every follow-up that must share its predecessor's
    /// technician comes with its predecessor.
    private static func admissible(_ route: PooledRoute, problem: Problem) -> Bool {
        guard route.technician >= 0, route.technician < problem.technicianCount,
              problem.twinClass[route.technician] == route.fleet else { return false }
        for v in route.visits where v < 0 || v >= problem.visitCount { return false }
        for v in route.visits where problem.followUpSameTechnician[v] && problem.predecessor[v] >= 0 {
            if !route.visits.contains(problem.predecessor[v]) { return false }
        }
        return true
    }

    private struct Key: Hashable {
        let fleet: Int
        let visits: [Int]
    }
}
