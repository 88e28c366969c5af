import FieldPlanModel

/// One large-neighbourhood move: ruin (strings around a seed visit, or random visits), then
/// recreate greedily with the removed visits and a sample of the left-out ones.
struct RuinAndRecreate {
    /// Share of iterations that use random removal instead of strings.
    var randomRemovalRate = 0.1
    /// Each visit's nearest visits, shared with the local search.
    let neighbours: NeighbourLists
    private let strings = StringRemoval()
    private let scatter = RandomRemoval()
    private let reinsertion = GreedyReinsertion()
    private var outsiders: OutsiderSampler

    /// Prepares the move for `problem` (neighbour lists are built once here).
    init(problem: Problem) {
        neighbours = NeighbourLists(problem: problem, size: 40)
        outsiders = OutsiderSampler(problem: problem)
    }

    /// Ruins and recreates `solution` in place.
    mutating func apply(to solution: inout Solution, random: inout SeededRandom) {
        let removed = random.unit() < randomRemovalRate
            ? scatter.ruin(&solution, random: &random)
            : strings.ruin(&solution, neighbours: neighbours, random: &random)
        let tried = removed + outsiders.pick(near: removed, in: solution, neighbours: neighbours, random: &random)
        reinsertion.recreate(tried, into: &solution, random: &random, neighbours: neighbours)
    }
}
