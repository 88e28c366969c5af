/// Why a model, its parameters or its warm start cannot be handed to the solver.
///
/// Thrown before any GLPK call (GLPK aborts the process on invalid input), so a bad model never
/// takes the process down. Each case names the offending variable or constraint.
public enum ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A variable handle in an expression belongs to another model (or is out of range).
    case foreignVariable(variableIndex: Int, context: String)
    /// A coefficient is NaN or infinite.
    case nonFiniteCoefficient(variable: String, context: String)
    /// An expression's constant is NaN or infinite.
    case nonFiniteConstant(context: String)
    /// A variable's bounds are NaN, `lower = +infinity`, `upper = -infinity`, or `lower > upper`.
    case invalidVariableBounds(variable: String, lower: Double, upper: Double)
    /// A constraint's bounds are NaN, `lower = +infinity`, `upper = -infinity`, or `lower > upper`.
    case invalidConstraintBounds(constraint: String, lower: Double, upper: Double)
    /// A name is longer than 255 UTF-8 bytes or contains a control character.
    case invalidName(String, reason: String)
    /// A solve parameter is out of range.
    case invalidParameter(name: String, reason: String)
    /// A warm-start value is unusable (foreign variable or non-finite value).
    case invalidWarmStart(variable: String, reason: String)
    /// The model is larger than GLPK can index (more than `Int32.max` rows, columns or entries).
    case tooLarge(String)
    /// GLPK rejected a call despite validation; the guard recovered and the solve was abandoned.
    case solverRejected(message: String)

    /// A message that names the offending element.
    public var description: String {
        switch self {
        case let .foreignVariable(index, context):
            "variable #\(index) in \(context) does not belong to this model"
        case let .nonFiniteCoefficient(variable, context):
            "coefficient of variable '\(variable)' in \(context) is not finite"
        case let .nonFiniteConstant(context):
            "constant term of \(context) is not finite"
        case let .invalidVariableBounds(variable, lower, upper):
            "variable '\(variable)' has invalid bounds [\(lower), \(upper)]"
        case let .invalidConstraintBounds(constraint, lower, upper):
            "constraint '\(constraint)' has invalid bounds [\(lower), \(upper)]"
        case let .invalidName(name, reason):
            "name '\(name.unicodeScalars.prefix(40).map { $0.properties.generalCategory == .control ? "?" : String($0) }.joined())' is invalid: \(reason)"
        case let .invalidParameter(name, reason):
            "solve parameter '\(name)' is invalid: \(reason)"
        case let .invalidWarmStart(variable, reason):
            "warm start for variable '\(variable)' is invalid: \(reason)"
        case let .tooLarge(what):
            "model too large: \(what)"
        case let .solverRejected(message):
            "GLPK rejected the model: \(message)"
        }
    }
}
