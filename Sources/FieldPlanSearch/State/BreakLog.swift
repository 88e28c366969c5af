/// Collects the starts of breaks taken during a simulation, when asked to.
///
/// Evaluations in the hot path pass a log that does not record, so they never allocate.
struct BreakLog {
    /// Whether starts are kept.
    let isRecording: Bool
    /// The starts kept, in order.
    private(set) var starts: [Int] = []

    /// A log that keeps nothing.
    static var discarding: BreakLog { BreakLog(isRecording: false) }

    /// Notes a break start.
    @inline(__always)
    mutating func record(_ start: Int) {
        if isRecording { starts.append(start) }
    }
}
