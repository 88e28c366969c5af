/// Collects the starts of breaks taken during a simulation, when asked to, and notes whether
/// the break rule ever took a break that cost time.
///
/// Evaluations in the hot path pass a log that does not record, so they never allocate.
struct BreakLog {
    /// Whether starts are kept.
    let isRecording: Bool
    /// The starts kept, in order.
    private(set) var starts: [Int] = []
    /// Whether some break delayed the route (it did not fit in waiting). Until one does, the
    /// schedule is the one without breaks, which no placement beats; after one, another
    /// placement may finish earlier (`RouteScheduler.earliestFinish`).
    private(set) var delayed = false

    /// A log that keeps nothing.
    static var discarding: BreakLog { BreakLog(isRecording: false) }

    /// Notes a break start.
    @inline(__always)
    mutating func record(_ start: Int) {
        if isRecording { starts.append(start) }
    }

    /// Notes that a break cost time.
    @inline(__always)
    mutating func noteDelay() {
        delayed = true
    }
}
