/// A handle to a linear constraint (a row) of one ``LinearModel``.
public struct Constraint: Hashable, Sendable {
    /// The identity of the model that created this constraint.
    let modelID: UInt64
    /// The zero-based position of the constraint in its model.
    public let index: Int
}
