/// A linear constraint written with `<=`, `>=` or `==`, before it is added to a model.
///
/// Stored as `lower <= expression <= upper`, with the expression's constant moved into the bounds
/// when the relation is added.
public struct LinearRelation: Sendable {
    /// The expression being bounded (left side minus right side).
    public var expression: LinearExpression
    /// The lower bound on `expression`, `-infinity` if none.
    public var lower: Double
    /// The upper bound on `expression`, `+infinity` if none.
    public var upper: Double

    /// Creates `lower <= expression <= upper`.
    public init(lower: Double, _ expression: LinearExpression, upper: Double) {
        self.expression = expression
        self.lower = lower
        self.upper = upper
    }
}
