import FieldPlanModel
import FieldPlanSearch
import Foundation

/// A lower bound on the cost of every plan of a problem, by column generation over routes.
///
/// The master LP (``MasterProblem``) chooses routes so that each visit is served once or left out
/// at its penalty, with at most as many routes per fleet of twin technicians as it has members;
/// GLPK solves it and gives the duals. Routes are priced by labelling (``LabellingPricer``) over
/// each fleet's ``PricingNetwork``: the heuristic pricer first, the exact one (ng-routes) when the
/// heuristic finds nothing, with Wentges dual smoothing around the best duals so far. When pricing
/// closes, limited-memory subset-row cuts (``SubsetRowSeparator``) that the LP solution violates
/// are added as master rows (cuts with a zero dual are dropped) and column generation resumes, for
/// at most `maxCuts` cuts and `maxCutRounds` rounds.
///
/// Exact pricing labels from both ends to a time midpoint (``BidirectionalPricer``, or forward
/// only with `bidirectional: false`), is pruned by ``CompletionBounds`` (a relaxed pass with the
/// same duals, one per direction), and one-way pricing stops at `slowLabels` labels once it has an
/// improving route; the last round before the bound is declared converged runs in full.
///
/// The bound reported is the best Lagrangian bound of any pricing round,
/// `Σπ(v) + Σσ(c) + Σ min(0, penalty(v) − π(v)) + Σ_k m(k)·min(0, L(k))`
/// with cut duals σ ≤ 0 (a route's reduced cost includes `−Σ σ(c)·α(c,r)`) and `L(k)` a lower
/// bound on the least reduced cost of fleet k: the least itself when exact pricing finished,
/// else the best of the completion bounds' value at the start and what the stopped labelling
/// proves (routes closed, pending labels plus their completion bounds). It holds for any duals
/// π ≥ 0, σ ≤ 0; when pricing closes it equals the LP value. So a time limit never yields an
/// invalid bound (`bound == nil` only when no round ran).
///
/// Valid for every objective kind: the routes priced are a relaxation (breaks, follow-ups and
/// working-time limits are dropped, times widened by a tick) and the costs dropped (lateness,
/// overtime, the waiting part of route durations) are non-negative; ``check(_:)`` refuses
/// objectives with negative weights on them.
public struct ColumnGenerationBound: Sendable {
    /// The problem bounded.
    public let problem: Problem
    /// ng-neighbourhood size (visits remembered to forbid cycles); elementary when the fleet
    /// serves no more visits than this.
    public let ngSize: Int
    /// Most routes added per fleet and pricing round.
    public let routesPerFleet: Int
    /// Labels beyond which an exact pricing round gives up.
    public let maxLabels: Int
    /// Weight of the best duals so far in the smoothed duals (0 turns smoothing off).
    public let smoothing: Double
    /// An exact pricing round that creates more labels than this turns the heuristic pricer on
    /// first for the next round, and an exact run stops at this many labels once it has found an
    /// improving route (label counts, not times, so runs are deterministic).
    public let slowLabels: Int
    /// Columns beyond which those with the largest reduced costs are dropped from the master.
    public let maxColumns: Int
    /// Most subset-row cuts in the master (0 turns cuts off); cuts with a zero dual are dropped at
    /// each separation round to make room.
    public let maxCuts: Int
    /// Most separation rounds.
    public let maxCutRounds: Int
    /// Most cuts added per separation round (the most violated first).
    public let cutsPerRound: Int
    /// Least violation of a cut added.
    public let minViolation: Double
    /// Time buckets of the completion bounds (``CompletionBounds``) that prune exact pricing and
    /// bound the least reduced cost when pricing does not finish.
    public let completionBuckets: Int
    /// Whether exact pricing labels from both ends to a midpoint (``BidirectionalPricer``) rather
    /// than forward only (``LabellingPricer``). Each fleet's midpoint starts at the middle of the
    /// day and moves by a twentieth of it after each finished run toward the half that made fewer
    /// labels (counts, so runs repeat).
    public let bidirectional: Bool
    /// Cuts in the master from the start (they count towards `maxCuts`).
    var initialCuts: [SubsetRowCut] = []
    /// Arcs no route of any fleet may drive (branching decisions).
    var forbiddenArcs: Set<VisitArc> = []
    /// Routes in the master from the start, by fleet (a parent node's columns); those driving a
    /// forbidden arc are left out.
    var initialColumns: [RouteColumn] = []

    /// Creates the bound computation.
    public init(
        problem: Problem, ngSize: Int = 10, routesPerFleet: Int = 60, maxLabels: Int = 4_000_000,
        smoothing: Double = 0.5, slowLabels: Int = 200_000, maxColumns: Int = 2500, maxCuts: Int = 150,
        cutsPerRound: Int = 40, minViolation: Double = 0.02, maxCutRounds: Int = 10, completionBuckets: Int = 250,
        bidirectional: Bool = true
    ) {
        self.problem = problem
        self.ngSize = ngSize
        self.routesPerFleet = routesPerFleet
        self.maxLabels = maxLabels
        self.smoothing = smoothing
        self.slowLabels = slowLabels
        self.maxColumns = maxColumns
        self.maxCuts = maxCuts
        self.cutsPerRound = cutsPerRound
        self.maxCutRounds = maxCutRounds
        self.minViolation = minViolation
        self.completionBuckets = completionBuckets
        self.bidirectional = bidirectional
    }

    /// Throws when the objective has a term the bound cannot under-estimate.
    public static func check(_ problem: Problem) throws(BoundError) {
        let negative: [(String, [Double])] = [
            ("lateness", problem.latenessCostPerTick), ("overtime", problem.overtimeCostPerTick),
            ("route duration (costPerHour)", problem.costPerDurationTick), ("penalty", problem.unassignedPenalty),
        ]
        for (name, values) in negative where values.contains(where: { $0 < 0 || $0.isNaN }) {
            throw .unsupportedObjective("a negative \(name) cost")
        }
    }

    /// Computes the bound.
    ///
    /// - Parameters:
    ///   - initialRoutes: visits by technician (problem indices) of a known plan, to start from.
    ///   - timeLimit: seconds; the best finished round counts when it runs out.
    ///   - shouldStop: polled often; stops like the time limit.
    public func compute(
        initialRoutes: [[Int]] = [], timeLimit: Double? = nil, shouldStop: @Sendable () -> Bool = { false }
    ) throws(BoundError) -> LowerBound {
        try run(initialRoutes: initialRoutes, timeLimit: timeLimit, shouldStop: shouldStop).bound
    }

    /// What a column-generation run ends with: the bound and the last master LP solved.
    struct Run {
        /// The bound and its figures.
        let bound: LowerBound
        /// The columns of the last master LP.
        let columns: [RouteColumn]
        /// Their values in its solution.
        let values: [Double]
        /// Its cuts.
        let cuts: [SubsetRowCut]
    }

    /// Computes the bound as ``compute(initialRoutes:timeLimit:shouldStop:)`` does, keeping the last
    /// master LP's solution (for branching).
    func run(
        initialRoutes: [[Int]] = [], timeLimit: Double? = nil, shouldStop: @Sendable () -> Bool = { false }
    ) throws(BoundError) -> Run {
        try Self.check(problem)
        let clock = ContinuousClock(), started = clock.now
        func elapsed() -> Double {
            let d = clock.now - started
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        func stop() -> Bool { shouldStop() || (timeLimit.map { elapsed() >= $0 } ?? false) }
        let p = problem, V = p.visitCount
        let members = Self.fleets(of: p)
        var fleetOf = [Int](repeating: -1, count: p.technicianCount)
        for (f, fleet) in members.enumerated() {
            for t in fleet { fleetOf[t] = f }
        }
        let networks = members.map {
            PricingNetwork(problem: p, technicians: $0, ngSize: ngSize).removing(forbiddenArcs)
        }
        let reversedNetworks = bidirectional ? networks.map(\.reversed) : []
        var midpoints = networks.map { $0.departure + ($0.latestArrival - $0.departure) / 2 }
        let localOf = networks.map { network in
            var local = [Int](repeating: -1, count: V)
            for i in 1..<(network.n + 1) { local[network.visit[i]] = i }
            return local
        }
        let master = MasterProblem(penalties: p.unassignedPenalty, fleetSizes: members.map(\.count))
        var columns: [RouteColumn] = []
        var seen = Set<[Int]>()
        func add(fleet f: Int, nodes: [Int]) -> Bool {
            let cost = networks[f].routeCost(nodes)
            guard cost.isFinite, seen.insert([f] + nodes).inserted else { return false }
            columns.append(RouteColumn(fleet: f, visits: nodes.map { networks[f].visit[$0] }, cost: cost))
            return true
        }
        for (f, network) in networks.enumerated() where network.n > 0 {
            for i in 1...network.n { _ = add(fleet: f, nodes: [i]) }
        }
        let context = SearchContext(options: PlanningOptions(timeLimit: nil, seed: 1))
        let construction = PlanAssembler(problem: p).sequences(of: InsertionStrategy.regret.plan(p, context: context))
        for column in initialColumns where column.fleet < networks.count {
            let nodes = column.visits.map { $0 >= 0 && $0 < V ? localOf[column.fleet][$0] : -1 }
            if !nodes.contains(-1) { _ = add(fleet: column.fleet, nodes: nodes) }
        }
        for routes in [construction, initialRoutes] {
            for (t, sequence) in routes.enumerated() where t < p.technicianCount && !sequence.isEmpty {
                let f = fleetOf[t]
                let nodes = sequence.map { $0 >= 0 && $0 < V ? localOf[f][$0] : -1 }
                if !nodes.contains(-1) { _ = add(fleet: f, nodes: nodes) }
            }
        }

        let epsilon = 1e-6
        var best: Double?
        var center: (visit: [Double], fleet: [Double], cut: [Double])?
        var cuts = SubsetRowCuts()
        for cut in initialCuts { cuts.add(cut) }
        var cutRounds = 0
        var iterations = 0
        var converged = false
        var slowExact = false
        var last: (columns: [RouteColumn], values: [Double], cuts: [SubsetRowCut]) = ([], [], [])
        func localDuals(_ f: Int, _ visitDuals: [Double]) -> [Double] {
            [0] + networks[f].visit[1..<(networks[f].n + 1)].map { visitDuals[$0] } + [0]
        }
        func lagrangian(_ visitDuals: [Double], _ cutDuals: [Double], _ minima: [Double]) -> Double {
            var value = cutDuals.reduce(0, +)
            for v in 0..<V { value += visitDuals[v] + min(0, p.unassignedPenalty[v] - visitDuals[v]) }
            for (f, least) in minima.enumerated() { value += Double(members[f].count) * min(0, least) }
            return value
        }
        /// Keeps a Lagrangian value (and its duals as the stabilisation centre) when it is the best.
        func record(_ value: Double, _ duals: (visit: [Double], fleet: [Double], cut: [Double])) {
            guard value.isFinite, best.map({ value > $0 }) ?? true else { return }
            best = value
            center = duals
        }

        mainLoop: while !stop() {
            iterations += 1
            guard let lp = try master.solve(columns, cuts: cuts) else { break }
            last = (columns, lp.columnValues, cuts.cuts)
            let solved = columns.map(\.visits)
            func reducedCost(_ column: RouteColumn) -> Double {
                column.cost - column.visits.reduce(0) { $0 + lp.visitDuals[$1] } - lp.fleetDuals[column.fleet]
                    - cuts.dualValue(of: column.visits, sigma: lp.cutDuals)
            }
            /// Adds the cuts the LP solution violates and drops those with a zero dual (which leaves
            /// the LP value unchanged); `false` when none is violated, there is no room or the rounds
            /// are used up.
            func separate() -> Bool {
                guard cutRounds < maxCutRounds else { return false }
                let kept = cuts.cuts.indices.filter { lp.cutDuals[$0] < -1e-9 }
                guard kept.count < maxCuts else { return false }
                let separator = SubsetRowSeparator(
                    maxCuts: min(cutsPerRound, maxCuts - kept.count), minViolation: minViolation)
                let found = separator.separate(routes: solved, values: lp.columnValues, existing: cuts)
                guard !found.isEmpty else { return false }
                var next = SubsetRowCuts()
                for c in kept { next.add(cuts.cuts[c]) }
                for cut in found { next.add(cut) }
                if let old = center {
                    center = (old.visit, old.fleet, kept.map { $0 < old.cut.count ? old.cut[$0] : 0 })
                }
                cuts = next
                cutRounds += 1
                return true
            }
            func pricer(_ f: Int, exact: Bool, cutDuals: [Double]) -> LabellingPricer {
                var pricer = LabellingPricer(
                    network: networks[f], exact: exact, maxRoutes: routesPerFleet, maxLabels: maxLabels)
                if cuts.count > 0 {
                    pricer.cuts = PricingCuts(cuts: cuts, sigma: cutDuals, network: networks[f], localOf: localOf[f])
                }
                return pricer
            }
            if columns.count > maxColumns {
                let order = columns.indices.sorted {
                    let a = lp.columnValues[$0] > 1e-9 ? -Double.infinity : reducedCost(columns[$0])
                    let b = lp.columnValues[$1] > 1e-9 ? -Double.infinity : reducedCost(columns[$1])
                    return a < b || (a == b && $0 < $1)
                }
                let keep = Set(order.prefix(maxColumns / 2))
                for index in columns.indices where !keep.contains(index) {
                    seen.remove([columns[index].fleet] + columns[index].visits.map { localOf[columns[index].fleet][$0] })
                }
                columns = columns.indices.filter { keep.contains($0) }.map { columns[$0] }
            }
            func improving(_ f: Int, _ nodes: [Int]) -> Bool {
                let cost = networks[f].routeCost(nodes)
                let visits = nodes.map { networks[f].visit[$0] }
                let reduced = cost - visits.reduce(0) { $0 + lp.visitDuals[$1] } - lp.fleetDuals[f]
                    - cuts.dualValue(of: visits, sigma: lp.cutDuals)
                return reduced < -epsilon
            }
            var added = 0
            if slowExact {
                var lowers: [Double] = []
                for (f, network) in networks.enumerated() {
                    let dual = localDuals(f, lp.visitDuals)
                    let bounds = CompletionBounds(network: network, dual: dual, buckets: completionBuckets)
                    lowers.append(bounds.least)
                    guard network.n > 0 else { continue }
                    let outcome = pricer(f, exact: false, cutDuals: lp.cutDuals).price(
                        dual: dual, threshold: lp.fleetDuals[f] - epsilon, bounds: bounds, shouldStop: stop)
                    for route in outcome.routes where improving(f, route.nodes) && add(fleet: f, nodes: route.nodes) {
                        added += 1
                    }
                }
                record(lagrangian(lp.visitDuals, lp.cutDuals, lowers), (lp.visitDuals, lp.fleetDuals, lp.cutDuals))
                if added > 0 && iterations % 5 != 0 { continue }
            }
            if stop() { break }
            var exactLabels = 0
            defer { slowExact = exactLabels > slowLabels }
            var smoothed = center != nil && smoothing > 0
            var full = false
            while true {
                var visitDuals = lp.visitDuals, fleetDuals = lp.fleetDuals, cutDuals = lp.cutDuals
                if smoothed, let center {
                    visitDuals = zip(center.visit, lp.visitDuals).map { smoothing * $0 + (1 - smoothing) * $1 }
                    fleetDuals = zip(center.fleet, lp.fleetDuals).map { smoothing * $0 + (1 - smoothing) * $1 }
                    let padded = center.cut + [Double](repeating: 0, count: cutDuals.count - center.cut.count)
                    cutDuals = zip(padded, lp.cutDuals).map { smoothing * $0 + (1 - smoothing) * $1 }
                }
                var lowers: [Double] = []
                var truncated = false, gaveUp = false
                for f in networks.indices {
                    let dual = localDuals(f, visitDuals)
                    let bounds = CompletionBounds(network: networks[f], dual: dual, buckets: completionBuckets)
                    guard !gaveUp else {
                        lowers.append(bounds.least)
                        continue
                    }
                    let outcome: LabellingPricer.Outcome
                    if bidirectional {
                        var exactPricer = BidirectionalPricer(
                            network: networks[f], reversed: reversedNetworks[f], maxRoutes: routesPerFleet,
                            maxLabels: maxLabels)
                        exactPricer.cuts = pricer(f, exact: true, cutDuals: cutDuals).cuts
                        exactPricer.midpoint = midpoints[f]
                        let backwardBounds = CompletionBounds(
                            network: reversedNetworks[f], dual: dual, buckets: completionBuckets)
                        outcome = exactPricer.price(
                            dual: dual, threshold: fleetDuals[f] - epsilon, bounds: bounds,
                            backwardBounds: backwardBounds, shouldStop: stop)
                        if outcome.minimum != nil { midpoints[f] = Self.balanced(midpoints[f], networks[f], outcome) }
                    } else {
                        var exactPricer = pricer(f, exact: true, cutDuals: cutDuals)
                        if !full { exactPricer.earlyLabels = slowLabels }
                        outcome = exactPricer.price(
                            dual: dual, threshold: fleetDuals[f] - epsilon, bounds: bounds, shouldStop: stop)
                    }
                    exactLabels += outcome.labels
                    for route in outcome.routes where improving(f, route.nodes) && add(fleet: f, nodes: route.nodes) {
                        added += 1
                    }
                    lowers.append(max(outcome.lowerBound, bounds.least))
                    if outcome.minimum == nil {
                        if outcome.truncated { truncated = true } else { gaveUp = true }
                    }
                }
                record(lagrangian(visitDuals, cutDuals, lowers), (visitDuals, fleetDuals, cutDuals))
                if let best, best >= lp.value - epsilon * max(1, abs(lp.value)) {
                    if separate() { continue mainLoop }
                    converged = true
                    break mainLoop
                }
                if added > 0 { continue mainLoop }
                if gaveUp { break mainLoop }
                if smoothed {
                    smoothed = false
                    continue
                }
                if truncated {
                    full = true
                    continue
                }
                if separate() { continue mainLoop }
                converged = true
                break mainLoop
            }
        }
        let bound = LowerBound(
            bound: best, iterations: iterations, columns: columns.count, elapsedSeconds: elapsed(),
            converged: converged, cuts: cuts.count, cutRounds: cutRounds)
        return Run(bound: bound, columns: last.columns, values: last.values, cuts: last.cuts)
    }

    /// The fleets of `problem`: twin technicians (same `twinClass`) in order of first appearance.
    static func fleets(of problem: Problem) -> [[Int]] {
        var members: [[Int]] = []
        var classes: [Int: Int] = [:]
        for t in 0..<problem.technicianCount {
            if let f = classes[problem.twinClass[t]] {
                members[f].append(t)
            } else {
                classes[problem.twinClass[t]] = members.count
                members.append([t])
            }
        }
        return members
    }

    /// The midpoint for the next bidirectional run: a twentieth of the day toward the half that
    /// made fewer labels when one made over half as many again as the other.
    static func balanced(_ midpoint: Int, _ network: PricingNetwork, _ outcome: LabellingPricer.Outcome) -> Int {
        let backward = outcome.backwardLabels, forward = outcome.labels - backward
        let step = max(1, (network.latestArrival - network.departure) / 20)
        if 2 * forward > 3 * backward { return max(network.departure, midpoint - step) }
        if 2 * backward > 3 * forward { return min(network.latestArrival, midpoint + step) }
        return midpoint
    }
}
