import FieldPlanModel
import FieldPlanSearch
import Foundation

/// Proves a plan optimal, or narrows the gap between it and the best lower bound, by
/// branch-and-price: column generation (``ColumnGenerationBound``) at every node of a search
/// tree that branches on arcs.
///
/// A node's LP bounds every plan its branching decisions allow. Nodes whose bound cannot beat the
/// best plan known (by more than `costStep`, when every plan's cost is a multiple of it) are
/// dropped; otherwise the arc whose flow in the LP solution is closest to ½ splits the node in
/// two: one child forbids the arc, the other forbids every other arc into its head and out of its
/// tail, so every plan lies in one of them (both are arc removals in the pricing networks, and
/// the subset-row cuts stay valid in both). An LP solution that picks whole routes is turned into
/// a plan; a feasible one better than the best becomes the best, as does the best plan a
/// set-partitioning MIP over the routes of the root (and of every `recombineEvery`-th node)
/// finds. Nodes are taken best bound first
/// (deeper first on ties), so the lower bound reported, the least bound of the open nodes, rises
/// as the search goes. The plan is optimal when no node is left.
public struct BranchAndPrice: Sendable {
    /// Column generation at each node: its settings (ng-size, cuts, label limits) are kept.
    public let columnGeneration: ColumnGenerationBound
    /// A step every plan's cost is a multiple of (0 when costs are not discrete): a node whose
    /// bound is above `best − costStep` holds no better plan. For Solomon instances with DIMACS
    /// distances (truncated to one decimal) it is 0.1.
    public let costStep: Double

    /// Seconds for the set-partitioning MIP over a node's routes that looks for a better plan
    /// (0 turns it off); it runs at the root and then every `recombineEvery` nodes.
    public let recombineSeconds: Double
    /// Nodes between two runs of the set-partitioning MIP after the root.
    public let recombineEvery: Int

    /// Creates the search.
    public init(
        columnGeneration: ColumnGenerationBound, costStep: Double = 0, recombineSeconds: Double = 10,
        recombineEvery: Int = 20
    ) {
        self.columnGeneration = columnGeneration
        self.costStep = max(0, costStep)
        self.recombineSeconds = max(0, recombineSeconds)
        self.recombineEvery = max(1, recombineEvery)
    }

    /// Where the search stands, reported after each node.
    public struct Progress: Sendable {
        /// Nodes solved.
        public let nodes: Int
        /// Nodes still to solve.
        public let openNodes: Int
        /// The lower bound proved so far.
        public let bound: Double?
        /// The cost of the best plan.
        public let cost: Double
        /// Seconds since the start.
        public let elapsedSeconds: Double
    }

    /// What the search proved.
    public struct Outcome: Sendable {
        /// The best plan: the one given or a better one found in the tree.
        public let plan: Plan
        /// A lower bound on the cost of every plan (the plan's cost when it is optimal); `nil` when
        /// the root's column generation did not finish a pricing round.
        public let bound: Double?
        /// The root node's bound.
        public let rootBound: Double?
        /// Whether the tree was searched to the end: no plan costs less than `plan`.
        public let optimal: Bool
        /// Nodes solved.
        public let nodes: Int
        /// Nodes left open when the time ran out, or that could not be split.
        public let openNodes: Int
        /// Wall-clock seconds.
        public let elapsedSeconds: Double
    }

    /// A node of the tree: the arcs its branching decisions forbid, a bound inherited from its
    /// parent, and the parent's columns and cuts to start from.
    private struct Node {
        let forbidden: Set<VisitArc>
        let bound: Double
        let depth: Int
        let columns: [RouteColumn]
        let cuts: [SubsetRowCut]
    }

    /// Searches the tree from `incumbent`, a plan of the problem, within `timeLimit` seconds.
    ///
    /// - Throws: ``BoundError`` when the objective has no bound or the LP solver fails.
    public func prove(
        _ incumbent: Plan, timeLimit: Double? = nil, shouldStop: @escaping @Sendable () -> Bool = { false },
        progress: (Progress) -> Void = { _ in }
    ) throws(BoundError) -> Outcome {
        let problem = columnGeneration.problem
        let clock = ContinuousClock(), started = clock.now
        func elapsed() -> Double {
            let d = clock.now - started
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        func remaining() -> Double? { timeLimit.map { max(0, $0 - elapsed()) } }
        func stop() -> Bool { shouldStop() || (remaining().map { $0 <= 0 } ?? false) }
        let fleets = ColumnGenerationBound.fleets(of: problem)
        let assembler = PlanAssembler(problem: problem)
        var best = incumbent
        func prunes(_ bound: Double) -> Bool {
            let cost = best.summary.cost
            return bound >= cost - costStep + 1e-6 * max(1, abs(cost))
        }

        var open = [Node(forbidden: [], bound: -.infinity, depth: 0, columns: [], cuts: [])]
        var stuck: [Double] = []
        var nodes = 0
        var rootBound: Double?
        var rootFinished = false
        while !open.isEmpty && !stop() {
            let index = open.indices.min {
                (open[$0].bound, -open[$0].depth, $0) < (open[$1].bound, -open[$1].depth, $1)
            } ?? 0
            let node = open.remove(at: index)
            if prunes(node.bound) { continue }
            var cg = columnGeneration
            cg.forbiddenArcs = node.forbidden
            cg.initialColumns = node.columns
            cg.initialCuts = node.cuts
            let routes = node.depth == 0 ? assembler.sequences(of: incumbent) : []
            let run = try cg.run(initialRoutes: routes, timeLimit: remaining(), shouldStop: shouldStop)
            nodes += 1
            let bound = max(node.bound, run.bound.bound ?? -.infinity)
            if node.depth == 0 {
                rootBound = run.bound.bound
                rootFinished = run.bound.bound != nil
            }
            defer {
                progress(Progress(
                    nodes: nodes, openNodes: open.count + stuck.count,
                    bound: Self.least(open, stuck, best.summary.cost, rootFinished), cost: best.summary.cost,
                    elapsedSeconds: elapsed()))
            }
            if recombineSeconds > 0, (nodes - 1) % recombineEvery == 0, !run.columns.isEmpty, !stop(),
                let plan = try recombined(
                    run, best: best, fleets: fleets, assembler: assembler,
                    timeLimit: min(recombineSeconds, remaining() ?? recombineSeconds), shouldStop: shouldStop)
            {
                best = plan
            }
            if prunes(bound) { continue }
            let child = { (forbidden: Set<VisitArc>) in
                Node(forbidden: forbidden, bound: bound, depth: node.depth + 1, columns: run.columns, cuts: run.cuts)
            }
            guard run.bound.converged else {
                if stop() {
                    open.append(child(node.forbidden))
                } else {
                    stuck.append(bound)
                }
                continue
            }
            if let chosen = Self.integralRoutes(run) {
                if let plan = Self.plan(chosen, fleets: fleets, assembler: assembler),
                    plan.summary.cost <= bound + 1e-6 * max(1, abs(bound))
                {
                    if plan.summary.cost < best.summary.cost { best = plan }
                } else {
                    stuck.append(bound)
                }
                continue
            }
            guard let arc = Self.branchingArc(run) else {
                stuck.append(bound)
                continue
            }
            open.append(child(Self.keeping(arc, node.forbidden, visits: problem.visitCount)))
            open.append(child(node.forbidden.union([arc])))
        }
        open.removeAll { prunes($0.bound) }
        stuck.removeAll(where: prunes)
        return Outcome(
            plan: best, bound: Self.least(open, stuck, best.summary.cost, rootFinished), rootBound: rootBound,
            optimal: open.isEmpty && stuck.isEmpty, nodes: nodes, openNodes: open.count + stuck.count,
            elapsedSeconds: elapsed())
    }

    /// `forbidden` and every arc that competes with `arc`: the other arcs into its head and out of
    /// its tail (the start and end are shared by all routes, so they have no such arcs).
    private static func keeping(_ arc: VisitArc, _ forbidden: Set<VisitArc>, visits: Int) -> Set<VisitArc> {
        var result = forbidden
        if arc.to >= 0 {
            for k in -1..<visits where k != arc.from && k != arc.to { result.insert(VisitArc(from: k, to: arc.to)) }
        }
        if arc.from >= 0 {
            for k in -1..<visits where k != arc.to && k != arc.from { result.insert(VisitArc(from: arc.from, to: k)) }
        }
        return result
    }

    /// The bound proved: the least bound of the nodes left, or the best cost when none is left;
    /// `nil` before the root has a bound.
    private static func least(_ open: [Node], _ stuck: [Double], _ cost: Double, _ rootFinished: Bool) -> Double? {
        guard rootFinished else { return nil }
        let bounds = open.map(\.bound) + stuck
        return min(cost, bounds.min() ?? cost)
    }

    /// The routes of an LP solution that takes whole routes and serves every visit at most once,
    /// `nil` otherwise.
    private static func integralRoutes(_ run: ColumnGenerationBound.Run) -> [RouteColumn]? {
        var chosen: [RouteColumn] = []
        var served = Set<Int>()
        for (column, value) in zip(run.columns, run.values) where value > 1e-6 {
            guard value > 1 - 1e-6 else { return nil }
            for v in column.visits where !served.insert(v).inserted { return nil }
            chosen.append(column)
        }
        return chosen
    }

    /// The plan driving `routes`, each on a technician of its fleet; `nil` when it breaks a hard
    /// constraint the relaxation left out.
    private static func plan(_ routes: [RouteColumn], fleets: [[Int]], assembler: PlanAssembler) -> Plan? {
        var sequences = [[Int]](repeating: [], count: assembler.problem.technicianCount)
        var used = [Int](repeating: 0, count: fleets.count)
        for route in routes {
            guard used[route.fleet] < fleets[route.fleet].count else { return nil }
            sequences[fleets[route.fleet][used[route.fleet]]] = route.visits
            used[route.fleet] += 1
        }
        let context = SearchContext(options: PlanningOptions(timeLimit: nil, seed: 1))
        return assembler.plan(sequences: sequences, strategy: "branch-and-price", context: context)
    }

    /// The arc whose flow in the LP solution is closest to ½ (the first such arc in order on
    /// ties), `nil` when every arc's flow is whole.
    private static func branchingArc(_ run: ColumnGenerationBound.Run) -> VisitArc? {
        var flow: [VisitArc: Double] = [:]
        for (column, value) in zip(run.columns, run.values) where value > 1e-6 {
            for arc in VisitArc.arcs(of: column.visits) { flow[arc, default: 0] += value }
        }
        let fractional = flow.filter { $0.value > 1e-6 && $0.value < 1 - 1e-6 }
        return fractional.min {
            let a = abs($0.value - 0.5), b = abs($1.value - 0.5)
            return a < b || (a == b && $0.key < $1.key)
        }?.key
    }
}
