/// Why a solve ended: a reason, and the limit that stopped it early if any (as MathOpt does).
///
/// Infeasible, unbounded, time limit and cancellation are outcomes, not errors.
public struct Termination: Sendable, Hashable, CustomStringConvertible {
    /// What is known about the model when the solve ended.
    public enum Reason: Sendable, Hashable {
        /// A proven optimal solution was found.
        case optimal
        /// A feasible solution was found but not proven optimal (a ``Limit`` stopped the search).
        case feasible
        /// A limit stopped the solve before any feasible solution was found.
        case noSolutionFound
        /// The model has no feasible solution.
        case infeasible
        /// The objective can improve without bound.
        case unbounded
        /// The LP relaxation is unbounded, so the MIP is unbounded or infeasible.
        case infeasibleOrUnbounded
        /// GLPK failed numerically (singular basis, ill conditioning).
        case numericalError
    }

    /// What stopped the solve before it proved its answer.
    public enum Limit: Sendable, Hashable {
        /// ``SolveParameters/timeLimit`` elapsed.
        case time
        /// ``SolveParameters/relativeGap`` was reached.
        case gap
        /// ``SolveParameters/shouldStop`` returned `true`, or the async solve's task was cancelled.
        case cancelled
        /// GLPK's iteration limit.
        case iteration
    }

    /// What is known about the model.
    public var reason: Reason
    /// The limit that stopped the solve, if one did.
    public var limit: Limit?
    /// GLPK's own return code and status, for diagnostics.
    public var detail: String

    /// Creates a termination.
    public init(reason: Reason, limit: Limit? = nil, detail: String = "") {
        self.reason = reason
        self.limit = limit
        self.detail = detail
    }

    /// Whether the time limit stopped the solve (with or without an incumbent).
    public var isTimeLimit: Bool { limit == .time }
    /// Whether cancellation stopped the solve (with or without an incumbent).
    public var isCancelled: Bool { limit == .cancelled }

    /// A short description such as `feasible (time limit)`.
    public var description: String {
        let limitText = limit.map { " (\($0) limit)" } ?? ""
        return "\(reason)\(limitText)"
    }
}
