/// The process exit codes of the CLI, shared with the service's status mapping.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    /// Solved; optional visits may be left out.
    case solved = 0
    /// Solved, but a mandatory visit is left out or the validator found violations.
    case incomplete = 1
    /// Bad input of any kind, unreadable or unrecognised files included.
    case badInput = 2
    /// An internal error.
    case internalError = 3
}
