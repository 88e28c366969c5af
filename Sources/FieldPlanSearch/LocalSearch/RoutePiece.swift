/// A run of consecutive visits of a current route, read forwards or backwards: the building block
/// of a route as a move would leave it.
struct RoutePiece: Equatable {
    /// The route the visits come from.
    var route: Int
    /// Position of the run's first visit in that route.
    var first: Int
    /// Number of visits in the run.
    var count: Int
    /// Whether the run is read backwards.
    var reversed: Bool = false

    /// The run `first ..< first + count` of `route`, forwards.
    init(_ route: Int, _ first: Int, _ count: Int, reversed: Bool = false) {
        self.route = route
        self.first = first
        self.count = count
        self.reversed = reversed
    }

    /// The position, in the source route, of the `k`-th visit read.
    @inline(__always)
    func position(_ k: Int) -> Int { reversed ? first &+ count &- 1 &- k : first &+ k }
}
