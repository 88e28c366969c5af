import LinearProgramming

/// The break variables of one fleet in ``RoutingModel``, indexed `[rule][visit]` (rules in the
/// order of `Problem.breaks`, by earliest start); `nil` where the fleet cannot serve the visit.
///
/// A break is attached to the visit whose gap it is taken in, so the variables need no route
/// index and twins stay aggregated: `before` is taken in the gap before the visit (after the
/// previous stop, where the technician is), `after` in the gap after the visit when it is the
/// route's last (before the trip home).
struct RoutingBreakVariables {
    /// Binary: the rule is taken in the gap before the visit.
    var before: [[Variable?]]
    /// Start of the break taken before the visit (meaningful when `before` is 1).
    var beforeStart: [[Variable?]]
    /// In [0, 1], integral at integer points: the rule is taken before or in the visit's gap.
    var taken: [[Variable?]]
    /// Binary: the rule is taken after the visit, which ends the route.
    var after: [[Variable?]]
    /// Start of the break taken after the visit (meaningful when `after` is 1).
    var afterStart: [[Variable?]]

    /// Empty variables for `rules` rules and `visits` visits.
    init(rules: Int, visits: Int) {
        let empty = [[Variable?]](repeating: [Variable?](repeating: nil, count: visits), count: rules)
        before = empty
        beforeStart = empty
        taken = empty
        after = empty
        afterStart = empty
    }
}
