/// A technician's break rule resolved to minutes.
struct BreakWindow: Sendable {
    /// The rule's position in the technician's `breaks`.
    var index: Int
    /// Length in minutes.
    var duration: Double
    /// Earliest start.
    var earliestStart: Double
    /// Latest start.
    var latestStart: Double
}
