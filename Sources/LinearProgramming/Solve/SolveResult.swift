/// The outcome of one solve: a termination reason plus whatever solution information exists.
///
/// Every value is optional: there is no objective when no feasible point was found, no duals
/// for a MIP, and a handle from another model yields `nil`.
public struct SolveResult: Sendable {
    /// Why the solve ended.
    public let termination: Termination
    /// The objective value of the returned solution, if there is one.
    public let objective: Double?
    /// A proven bound on the optimal objective (equal to ``objective`` when optimal), if known.
    public let bestBound: Double?
    /// Whether the warm start from the parameters was feasible and given to the solver.
    public let warmStartAccepted: Bool
    /// The identity of the solved model.
    let modelID: UInt64
    let primalValues: [Double]?
    let rowDuals: [Double]?
    let columnDuals: [Double]?

    /// Creates a result (used by the solver).
    init(
        termination: Termination,
        objective: Double? = nil,
        bestBound: Double? = nil,
        warmStartAccepted: Bool = false,
        modelID: UInt64,
        primalValues: [Double]? = nil,
        rowDuals: [Double]? = nil,
        columnDuals: [Double]? = nil
    ) {
        self.termination = termination
        self.objective = objective
        self.bestBound = bestBound
        self.warmStartAccepted = warmStartAccepted
        self.modelID = modelID
        self.primalValues = primalValues
        self.rowDuals = rowDuals
        self.columnDuals = columnDuals
    }

    /// Whether a primal solution is available.
    public var hasSolution: Bool { primalValues != nil }

    /// The value of `variable` in the returned solution.
    public func value(of variable: Variable) -> Double? {
        guard variable.modelID == modelID, let primalValues, primalValues.indices.contains(variable.index) else {
            return nil
        }
        return primalValues[variable.index]
    }

    /// The value of an expression in the returned solution.
    public func value(of expression: LinearExpression) -> Double? {
        var total = expression.constant
        for term in expression.terms {
            guard let value = value(of: term.variable) else { return nil }
            total += term.coefficient * value
        }
        return total
    }

    /// The LP dual value (shadow price, ∂objective/∂bound, GLPK's sign convention) of `constraint`.
    public func dual(of constraint: Constraint) -> Double? {
        guard constraint.modelID == modelID, let rowDuals, rowDuals.indices.contains(constraint.index) else {
            return nil
        }
        return rowDuals[constraint.index]
    }

    /// The LP reduced cost of `variable`.
    public func reducedCost(of variable: Variable) -> Double? {
        guard variable.modelID == modelID, let columnDuals, columnDuals.indices.contains(variable.index) else {
            return nil
        }
        return columnDuals[variable.index]
    }
}
