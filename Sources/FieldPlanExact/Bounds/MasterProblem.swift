import LinearProgramming

/// The restricted master LP of column generation: every visit served once by the routes or left
/// out at its penalty, at most `fleetSize[k]` routes of fleet k, and the subset-row cuts.
///
/// `min Σ cost(r)·λr + Σ penalty(v)·sv  s.t.  Σ a(v,r)·λr + sv ≥ 1 (each v),  Σ_{r∈k} λr ≤ m(k),
/// Σ α(c,r)·λr ≤ 1 (each cut c)`.
struct MasterProblem {
    /// What the LP gave.
    struct Solution {
        /// The LP value.
        let value: Double
        /// Duals of the visit rows.
        let visitDuals: [Double]
        /// Duals of the fleet rows (≤ 0).
        let fleetDuals: [Double]
        /// Duals of the cut rows (≤ 0).
        let cutDuals: [Double]
        /// The value of each column.
        let columnValues: [Double]
    }

    let penalties: [Double]
    let fleetSizes: [Int]

    /// Solves the LP over `columns`; `nil` when GLPK gives no optimal basis.
    func solve(_ columns: [RouteColumn], cuts: SubsetRowCuts = SubsetRowCuts()) throws(BoundError) -> Solution? {
        var model = LinearModel(name: "fieldplan-master")
        var objective = LinearExpression()
        var visitRows = [LinearExpression](repeating: LinearExpression(), count: penalties.count)
        var fleetRows = [LinearExpression](repeating: LinearExpression(), count: fleetSizes.count)
        var cutRows = [LinearExpression](repeating: LinearExpression(), count: cuts.count)
        for (v, penalty) in penalties.enumerated() {
            let slack = model.addVariable(name: "s\(v)")
            objective.add(penalty, slack)
            visitRows[v].add(1, slack)
        }
        var variables: [Variable] = []
        for (r, column) in columns.enumerated() {
            let lambda = model.addVariable(name: "r\(r)")
            variables.append(lambda)
            objective.add(column.cost, lambda)
            for entry in column.coverage { visitRows[entry.visit].add(Double(entry.count), lambda) }
            fleetRows[column.fleet].add(1, lambda)
            for entry in cuts.coefficients(of: column.visits) { cutRows[entry.cut].add(Double(entry.coefficient), lambda) }
        }
        let visitConstraints = visitRows.map { model.addConstraint(lower: 1, $0, upper: .infinity) }
        let fleetConstraints = zip(fleetRows, fleetSizes).map {
            model.addConstraint(lower: -.infinity, $0.0, upper: Double($0.1))
        }
        let cutConstraints = cutRows.map { model.addConstraint(lower: -.infinity, $0, upper: 1) }
        model.minimize(objective)
        let result: SolveResult
        do {
            result = try GLPKSolver.solveLP(model, parameters: SolveParameters(presolve: false))
        } catch {
            throw BoundError.solverFailed("\(error)")
        }
        guard result.termination.reason == .optimal, let value = result.objective else { return nil }
        return Solution(
            value: value,
            visitDuals: visitConstraints.map { result.dual(of: $0) ?? 0 },
            fleetDuals: fleetConstraints.map { min(0, result.dual(of: $0) ?? 0) },
            cutDuals: cutConstraints.map { min(0, result.dual(of: $0) ?? 0) },
            columnValues: variables.map { result.value(of: $0) ?? 0 })
    }
}
