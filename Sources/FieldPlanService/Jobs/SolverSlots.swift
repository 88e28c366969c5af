/// A fixed number of solver slots; callers beyond it wait their turn, first come first served.
actor SolverSlots {
    private var free: Int
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// Creates `count` slots (at least one).
    init(_ count: Int) { free = max(1, count) }

    /// Takes a slot, waiting for one when all are busy.
    func acquire() async {
        if free > 0 {
            free -= 1
        } else {
            await withCheckedContinuation { waiters.append($0) }
        }
    }

    /// Gives a slot back (to the longest waiter, if any).
    func release() {
        if waiters.isEmpty {
            free += 1
        } else {
            waiters.removeFirst().resume()
        }
    }
}
