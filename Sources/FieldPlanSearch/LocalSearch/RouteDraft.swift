/// A route as a move would leave it: the technician and up to five pieces of current routes,
/// stored inline so that evaluating a move allocates nothing.
struct RouteDraft {
    /// Most pieces a draft holds (a swap inside one route needs five).
    static let capacity = 5
    /// The technician who would drive the route.
    let technician: Int
    private var p0 = RoutePiece(0, 0, 0), p1 = RoutePiece(0, 0, 0), p2 = RoutePiece(0, 0, 0)
    private var p3 = RoutePiece(0, 0, 0), p4 = RoutePiece(0, 0, 0)
    /// Number of pieces.
    private(set) var count = 0

    /// An empty draft for `technician`.
    init(technician: Int) { self.technician = technician }

    /// Appends a piece; empty pieces are dropped.
    mutating func append(_ piece: RoutePiece) {
        guard piece.count > 0 else { return }
        precondition(count < Self.capacity, "a route draft holds at most five pieces")
        switch count {
        case 0: p0 = piece
        case 1: p1 = piece
        case 2: p2 = piece
        case 3: p3 = piece
        default: p4 = piece
        }
        count += 1
    }

    /// The `i`-th piece.
    @inline(__always)
    subscript(i: Int) -> RoutePiece {
        switch i {
        case 0: p0
        case 1: p1
        case 2: p2
        case 3: p3
        default: p4
        }
    }

    /// The visits in order, read from `routes` (allocates; used when a move is applied).
    func visits(in routes: [RouteState]) -> [Int] {
        var result: [Int] = []
        for i in 0..<count {
            let piece = self[i]
            let source = routes[piece.route].visits
            for k in 0..<piece.count { result.append(source[piece.position(k)]) }
        }
        return result
    }
}
