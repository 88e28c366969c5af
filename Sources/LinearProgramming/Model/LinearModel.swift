/// A linear or mixed-integer programme as a Swift value, independent of any solver.
///
/// ```swift
/// var model = LinearModel(name: "demo")
/// let x = model.addVariable(name: "x", lower: 0, upper: 10, kind: .integer)
/// let y = model.addVariable(name: "y")
/// model.addConstraint(2 * x + 3 * y <= 12, name: "cap")
/// model.maximize(x + y)
/// ```
/// Adding elements never fails; the whole model is validated when it is solved or written,
/// and problems are reported as ``ModelError``. Copies of a model share its identity, so handles
/// stay valid in copies; a handle from an unrelated model is rejected.
public struct LinearModel: Sendable {
    /// Stored data of one variable.
    struct VariableData: Sendable {
        var name: String
        var lower: Double
        var upper: Double
        var kind: VariableKind
    }

    /// Stored data of one constraint: `lower <= expression.terms <= upper` (constant folded in).
    struct ConstraintData: Sendable {
        var name: String
        var terms: [LinearTerm]
        var lower: Double
        var upper: Double
        /// The constant that was folded into the bounds, kept to report non-finite constants.
        var constant: Double
    }

    /// The identity shared by this model's handles.
    let id: UInt64
    /// The model's name (written to LP text).
    public var name: String
    private(set) var variableData: [VariableData] = []
    private(set) var constraintData: [ConstraintData] = []
    /// The objective function.
    public private(set) var objective = LinearExpression()
    /// Whether ``objective`` is minimised or maximised.
    public private(set) var sense = ObjectiveSense.minimize

    /// Creates an empty model.
    public init(name: String = "") {
        self.id = ModelIdentity.next()
        self.name = name
    }

    /// The number of variables.
    public var variableCount: Int { variableData.count }
    /// The number of constraints.
    public var constraintCount: Int { constraintData.count }
    /// All variables, in creation order.
    public var variables: [Variable] { variableData.indices.map { Variable(modelID: id, index: $0) } }
    /// All constraints, in creation order.
    public var constraints: [Constraint] { constraintData.indices.map { Constraint(modelID: id, index: $0) } }
    /// Whether any variable is integer or binary.
    public var isMixedInteger: Bool { variableData.contains { $0.kind != .continuous } }

    /// Adds a variable with bounds `lower...upper` (either may be infinite) and returns its handle.
    @discardableResult
    public mutating func addVariable(
        name: String = "",
        lower: Double = 0,
        upper: Double = .infinity,
        kind: VariableKind = .continuous
    ) -> Variable {
        variableData.append(VariableData(name: name, lower: lower, upper: upper, kind: kind))
        return Variable(modelID: id, index: variableData.count - 1)
    }

    /// Adds a constraint written with `<=`, `>=` or `==`, such as `2 * x + 3 * y <= 12`.
    @discardableResult
    public mutating func addConstraint(_ relation: LinearRelation, name: String = "") -> Constraint {
        let constant = relation.expression.constant
        constraintData.append(
            ConstraintData(
                name: name,
                terms: relation.expression.terms,
                lower: relation.lower - constant,
                upper: relation.upper - constant,
                constant: constant
            )
        )
        return Constraint(modelID: id, index: constraintData.count - 1)
    }

    /// Adds the ranged constraint `lower <= expression <= upper`.
    @discardableResult
    public mutating func addConstraint(
        lower: Double,
        _ expression: LinearExpression,
        upper: Double,
        name: String = ""
    ) -> Constraint {
        addConstraint(LinearRelation(lower: lower, expression, upper: upper), name: name)
    }

    /// Adds the ranged constraint `lower <= variable <= upper`.
    @discardableResult
    public mutating func addConstraint(
        lower: Double,
        _ variable: Variable,
        upper: Double,
        name: String = ""
    ) -> Constraint {
        addConstraint(LinearRelation(lower: lower, LinearExpression(variable), upper: upper), name: name)
    }

    /// Sets the objective to minimise `expression`.
    public mutating func minimize(_ expression: LinearExpression) {
        objective = expression
        sense = .minimize
    }

    /// Sets the objective to minimise a single variable.
    public mutating func minimize(_ variable: Variable) {
        minimize(LinearExpression(variable))
    }

    /// Sets the objective to maximise `expression`.
    public mutating func maximize(_ expression: LinearExpression) {
        objective = expression
        sense = .maximize
    }

    /// Sets the objective to maximise a single variable.
    public mutating func maximize(_ variable: Variable) {
        maximize(LinearExpression(variable))
    }

    /// The name given to `variable` (empty if none or if it is not from this model).
    public func name(of variable: Variable) -> String {
        contains(variable) ? variableData[variable.index].name : ""
    }

    /// The name given to `constraint` (empty if none or if it is not from this model).
    public func name(of constraint: Constraint) -> String {
        contains(constraint) ? constraintData[constraint.index].name : ""
    }

    /// Whether `variable` is a handle of this model.
    public func contains(_ variable: Variable) -> Bool {
        variable.modelID == id && variableData.indices.contains(variable.index)
    }

    /// Whether `constraint` is a handle of this model.
    public func contains(_ constraint: Constraint) -> Bool {
        constraint.modelID == id && constraintData.indices.contains(constraint.index)
    }
}
