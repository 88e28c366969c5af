/// Why no lower bound can be given.
public enum BoundError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The objective has a term the bound cannot under-estimate (a negative weight on a cost the
    /// relaxation drops, or a negative penalty); the message names it.
    case unsupportedObjective(String)
    /// GLPK failed on the master LP.
    case solverFailed(String)

    /// A message for users.
    public var description: String {
        switch self {
        case .unsupportedObjective(let detail): "no valid lower bound for this objective: \(detail)"
        case .solverFailed(let detail): "the master LP failed: \(detail)"
        }
    }
}
