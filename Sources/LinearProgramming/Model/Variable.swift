/// A handle to a decision variable of one ``LinearModel``.
///
/// Handles are plain indices tagged with their model's identity; they hold no solver object.
public struct Variable: Hashable, Sendable {
    /// The identity of the model that created this variable.
    let modelID: UInt64
    /// The zero-based position of the variable in its model.
    public let index: Int
}
