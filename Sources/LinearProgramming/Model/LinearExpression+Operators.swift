// Operators that let models read like a modelling language: `2 * x + 3 * y <= 12`.

extension LinearExpression {
    /// The sum of two expressions.
    public static func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        var result = lhs
        result.add(rhs)
        return result
    }

    /// An expression plus a variable.
    public static func + (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        var result = lhs
        result.add(1, rhs)
        return result
    }

    /// A variable plus an expression.
    public static func + (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(lhs) + rhs
    }

    /// An expression plus a constant.
    public static func + (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        var result = lhs
        result.constant += rhs
        return result
    }

    /// A constant plus an expression.
    public static func + (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        rhs + lhs
    }

    /// The difference of two expressions.
    public static func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        lhs + rhs.scaled(by: -1)
    }

    /// An expression minus a variable.
    public static func - (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        var result = lhs
        result.add(-1, rhs)
        return result
    }

    /// A variable minus an expression.
    public static func - (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(lhs) - rhs
    }

    /// An expression minus a constant.
    public static func - (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        lhs + -rhs
    }

    /// A constant minus an expression.
    public static func - (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        rhs.scaled(by: -1) + lhs
    }

    /// The negated expression.
    public static prefix func - (operand: LinearExpression) -> LinearExpression {
        operand.scaled(by: -1)
    }

    /// An expression multiplied by a constant.
    public static func * (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        lhs.scaled(by: rhs)
    }

    /// A constant multiplied by an expression.
    public static func * (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        rhs.scaled(by: lhs)
    }

    /// Adds an expression in place.
    public static func += (lhs: inout LinearExpression, rhs: LinearExpression) {
        lhs.add(rhs)
    }

    /// Adds a variable in place.
    public static func += (lhs: inout LinearExpression, rhs: Variable) {
        lhs.add(1, rhs)
    }

    /// Subtracts an expression in place.
    public static func -= (lhs: inout LinearExpression, rhs: LinearExpression) {
        lhs.add(rhs.scaled(by: -1))
    }

    /// Subtracts a variable in place.
    public static func -= (lhs: inout LinearExpression, rhs: Variable) {
        lhs.add(-1, rhs)
    }

    /// The relation `lhs <= rhs`.
    public static func <= (lhs: LinearExpression, rhs: LinearExpression) -> LinearRelation {
        LinearRelation(lower: -.infinity, lhs - rhs, upper: 0)
    }

    /// The relation `lhs <= rhs`.
    public static func <= (lhs: LinearExpression, rhs: Double) -> LinearRelation {
        lhs <= LinearExpression(constant: rhs)
    }

    /// The relation `lhs <= rhs`.
    public static func <= (lhs: Double, rhs: LinearExpression) -> LinearRelation {
        LinearExpression(constant: lhs) <= rhs
    }

    /// The relation `lhs >= rhs`.
    public static func >= (lhs: LinearExpression, rhs: LinearExpression) -> LinearRelation {
        LinearRelation(lower: 0, lhs - rhs, upper: .infinity)
    }

    /// The relation `lhs >= rhs`.
    public static func >= (lhs: LinearExpression, rhs: Double) -> LinearRelation {
        lhs >= LinearExpression(constant: rhs)
    }

    /// The relation `lhs >= rhs`.
    public static func >= (lhs: Double, rhs: LinearExpression) -> LinearRelation {
        LinearExpression(constant: lhs) >= rhs
    }

    /// The relation `lhs == rhs`.
    public static func == (lhs: LinearExpression, rhs: LinearExpression) -> LinearRelation {
        LinearRelation(lower: 0, lhs - rhs, upper: 0)
    }

    /// The relation `lhs == rhs`.
    public static func == (lhs: LinearExpression, rhs: Double) -> LinearRelation {
        lhs == LinearExpression(constant: rhs)
    }
}

extension Variable {
    /// The sum of two variables.
    public static func + (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(lhs) + rhs
    }

    /// A variable plus a constant.
    public static func + (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(lhs) + rhs
    }

    /// The difference of two variables.
    public static func - (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(lhs) - rhs
    }

    /// A variable minus a constant.
    public static func - (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(lhs) - rhs
    }

    /// The negated variable.
    public static prefix func - (operand: Variable) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(-1, operand)])
    }

    /// A constant multiplied by a variable.
    public static func * (lhs: Double, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [LinearTerm(lhs, rhs)])
    }

    /// A variable multiplied by a constant.
    public static func * (lhs: Variable, rhs: Double) -> LinearExpression {
        rhs * lhs
    }

    /// The relation `lhs <= rhs`.
    public static func <= (lhs: Variable, rhs: Double) -> LinearRelation {
        LinearExpression(lhs) <= rhs
    }

    /// The relation `lhs >= rhs`.
    public static func >= (lhs: Variable, rhs: Double) -> LinearRelation {
        LinearExpression(lhs) >= rhs
    }

    /// The relation `lhs == rhs`.
    public static func == (lhs: Variable, rhs: Double) -> LinearRelation {
        LinearExpression(lhs) == rhs
    }
}
