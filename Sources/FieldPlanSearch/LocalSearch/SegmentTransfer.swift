/// Drafts for taking the run `first ..< first + count` out of route `from` and putting it,
/// possibly reversed, right after position `after` of route `to` (-1: at its start), positions
/// read in the current routes. Shared by relocate and or-opt.
enum SegmentTransfer {
    /// The drafts, or `nil` when the move changes nothing.
    static func drafts(
        from r1: Int, first i: Int, count: Int, reversed: Bool, to r2: Int, after j: Int, in solution: Solution
    ) -> (RouteDraft, RouteDraft?)? {
        let n1 = solution.routes[r1].visits.count
        let segment = RoutePiece(r1, i, count, reversed: reversed)
        if r1 == r2 {
            guard j < i - 1 || j >= i + count else { return nil }
            var draft = RouteDraft(technician: r1)
            if j < i {
                draft.append(RoutePiece(r1, 0, j + 1))
                draft.append(segment)
                draft.append(RoutePiece(r1, j + 1, i - j - 1))
                draft.append(RoutePiece(r1, i + count, n1 - i - count))
            } else {
                draft.append(RoutePiece(r1, 0, i))
                draft.append(RoutePiece(r1, i + count, j - i - count + 1))
                draft.append(segment)
                draft.append(RoutePiece(r1, j + 1, n1 - j - 1))
            }
            return (draft, nil)
        }
        let n2 = solution.routes[r2].visits.count
        var source = RouteDraft(technician: r1)
        source.append(RoutePiece(r1, 0, i))
        source.append(RoutePiece(r1, i + count, n1 - i - count))
        var target = RouteDraft(technician: r2)
        target.append(RoutePiece(r2, 0, j + 1))
        target.append(segment)
        target.append(RoutePiece(r2, j + 1, n2 - j - 1))
        return (source, target)
    }
}
