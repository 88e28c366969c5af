/// Whether the objective is minimised or maximised.
public enum ObjectiveSense: Sendable, Hashable {
    /// Find the smallest objective value.
    case minimize
    /// Find the largest objective value.
    case maximize
}
