/// One `coefficient * variable` term of a ``LinearExpression``.
public struct LinearTerm: Sendable, Hashable {
    /// The variable.
    public var variable: Variable
    /// The coefficient that multiplies the variable.
    public var coefficient: Double

    /// Creates the term `coefficient * variable`.
    public init(_ coefficient: Double, _ variable: Variable) {
        self.variable = variable
        self.coefficient = coefficient
    }
}
