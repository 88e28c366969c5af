/// A binary min-heap of label indices keyed by time, ties by index (deterministic order).
struct LabelHeap {
    private var keys: [(time: Int, index: Int32)] = []

    /// The labels still in the heap, in no particular order.
    var pending: [Int32] { keys.map(\.index) }

    /// Adds a label.
    mutating func push(time: Int, index: Int32) {
        keys.append((time, index))
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(keys[child], keys[parent]) else { break }
            keys.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the earliest label, `nil` when empty.
    mutating func pop() -> Int32? {
        guard let first = keys.first else { return nil }
        let last = keys.removeLast()
        if !keys.isEmpty {
            keys[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < keys.count && less(keys[left], keys[smallest]) { smallest = left }
                if right < keys.count && less(keys[right], keys[smallest]) { smallest = right }
                if smallest == parent { break }
                keys.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return first.index
    }

    private func less(_ a: (time: Int, index: Int32), _ b: (time: Int, index: Int32)) -> Bool {
        a.time < b.time || (a.time == b.time && a.index < b.index)
    }
}
