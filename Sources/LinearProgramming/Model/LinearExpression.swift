/// An affine expression `sum(coefficient * variable) + constant`.
///
/// Terms keep the order in which they were written; repeated variables are merged when the
/// model is validated, so `x + x` is `2 x`.
public struct LinearExpression: Sendable {
    /// The terms in the order they were added (a variable may appear more than once).
    public private(set) var terms: [LinearTerm]
    /// The constant part.
    public var constant: Double

    /// Creates the expression `terms + constant`.
    public init(terms: [LinearTerm] = [], constant: Double = 0) {
        self.terms = terms
        self.constant = constant
    }

    /// Creates the expression `1 * variable`.
    public init(_ variable: Variable) {
        self.init(terms: [LinearTerm(1, variable)])
    }

    /// Creates the constant expression `constant`.
    public init(constant: Double) {
        self.init(terms: [], constant: constant)
    }

    /// The sum of `variables`, each with coefficient 1.
    public static func sum(_ variables: some Sequence<Variable>) -> LinearExpression {
        LinearExpression(terms: variables.map { LinearTerm(1, $0) })
    }

    /// Adds `coefficient * variable` in place (cheaper than `+` when building long sums).
    public mutating func add(_ coefficient: Double, _ variable: Variable) {
        terms.append(LinearTerm(coefficient, variable))
    }

    /// Adds another expression in place.
    public mutating func add(_ other: LinearExpression) {
        terms.append(contentsOf: other.terms)
        constant += other.constant
    }

    /// This expression multiplied by `factor`.
    public func scaled(by factor: Double) -> LinearExpression {
        LinearExpression(
            terms: terms.map { LinearTerm($0.coefficient * factor, $0.variable) },
            constant: constant * factor
        )
    }
}
