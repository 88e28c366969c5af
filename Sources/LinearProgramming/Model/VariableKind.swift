/// The domain of a decision variable.
public enum VariableKind: Sendable, Hashable {
    /// Any real value within the bounds.
    case continuous
    /// Any integer value within the bounds.
    case integer
    /// 0 or 1: an integer variable whose bounds are intersected with [0, 1].
    case binary
}
