import FieldPlanModel
import LinearProgramming

/// The compact arc-flow MIP of a whole problem, with big-M time, load and count propagation.
///
/// Technicians are grouped into fleets: twins (same `twinClass`) form one fleet whose arcs are
/// shared by all its members, so identical vehicles add no symmetry; when a follow-up must stay
/// with the same technician every technician is its own fleet and twins are ordered instead.
/// Times are in minutes (ticks / 1000) so coefficients stay moderate; every big-M is the
/// tightest one the windows and shifts give. Breaks are modelled exactly as the validator defines
/// them (``RoutingModel+Breaks``). The objective is the search's: distance, travel, duration, overtime, fixed costs, lateness,
/// minus preference bonuses, plus the penalties of visits left out.
struct RoutingModel {
    /// An arc of one fleet between two visits, or from the start (`from == -1`) or to the end
    /// (`to == -1`).
    struct Arc {
        /// The visit left, or -1 for the fleet's start.
        let from: Int
        /// The visit reached, or -1 for the fleet's end.
        let to: Int
        /// The binary variable.
        let variable: Variable
    }

    let problem: Problem
    /// Technicians of each fleet; the first stands for all (they are twins).
    let fleets: [[Int]]
    /// Whether fleet f may serve visit v in isolation, `servable[f][v]`.
    let servable: [[Bool]]
    /// Earliest and latest start of each modelled visit in minutes (over all fleets).
    let earliest: [Double]
    let latest: [Double]
    /// Start windows of each visit in minutes, clipped to `earliest...latest`.
    let windows: [[ClosedRange<Double>]]
    /// Whether the model must carry route departures (duration costs or working-time limits).
    let tracksDeparture: Bool
    /// The earliest shift start of any fleet, in minutes: the floor of route departures.
    let departureFloor: Double

    /// The model (extended by the files that build breaks).
    var model = LinearModel(name: "fieldplan-mip")
    private(set) var arcs: [[Arc]] = []
    private(set) var served: [[Variable?]] = []
    private(set) var start: [Variable?] = []
    private(set) var windowChoice: [[Variable]] = []
    private(set) var load: [Variable?] = []
    private(set) var visitCount: [Variable?] = []
    private(set) var lateness: [Variable?] = []
    private(set) var departure: [Variable?] = []
    private(set) var overtime: [[Variable?]] = []
    private(set) var duration: [[Variable?]] = []
    /// Per visit served by a fleet with breaks: when the technician is free at the previous stop
    /// (the start of the gap before the visit).
    var gapStart: [Variable?] = []
    /// Per visit served by a fleet with breaks: the route's end when the visit is the last one.
    var routeEnd: [Variable?] = []
    /// Upper bound of each `routeEnd` variable, in minutes.
    var routeEndUpper: [Double] = []
    /// The break variables of each fleet with breaks.
    var breakVariables: [RoutingBreakVariables?] = []

    /// Builds the model of `problem`.
    init(problem p: Problem) {
        problem = p
        let V = p.visitCount
        let sameTechnician = (0..<V).contains { p.predecessor[$0] >= 0 && p.followUpSameTechnician[$0] }
        var groups: [Int: Int] = [:]
        var fleets: [[Int]] = []
        for t in 0..<p.technicianCount {
            if !sameTechnician, let f = groups[p.twinClass[t]] {
                fleets[f].append(t)
            } else {
                groups[p.twinClass[t]] = fleets.count
                fleets.append([t])
            }
        }
        self.fleets = fleets

        var servable = [[Bool]](repeating: [Bool](repeating: false, count: V), count: fleets.count)
        var earliestTicks = [[Int]](repeating: [Int](repeating: 0, count: V), count: fleets.count)
        var latestTicks = earliestTicks
        for (f, fleet) in fleets.enumerated() {
            let t = fleet[0]
            for v in 0..<V where p.canServe[t * V + v] && p.maxVisits[t] >= 1 {
                let service = p.serviceTicks[t * V + v]
                let out = p.travel(t, p.startNode(t), v), back = p.travel(t, v, p.endNode(t))
                guard out + service + back <= p.maxWorkingTicks[t] else { continue }
                let arrival = p.shiftStart[t] + out, lastStart = p.latestEnd[t] - service - back
                var first: Int?, last: Int?
                for w in p.windowOffsets[v]..<p.windowOffsets[v + 1] {
                    let a = max(p.windowStarts[w], arrival), b = min(p.windowEnds[w], lastStart)
                    if a <= b {
                        if first == nil { first = a }
                        last = b
                    }
                }
                if let first, let last {
                    servable[f][v] = true
                    earliestTicks[f][v] = first
                    latestTicks[f][v] = last
                }
            }
        }
        var changed = true
        while changed {
            changed = false
            for v in 0..<V where p.predecessor[v] >= 0 {
                let pred = p.predecessor[v]
                for f in fleets.indices where servable[f][v] {
                    let predServed = p.followUpSameTechnician[v]
                        ? servable[f][pred] : fleets.indices.contains { servable[$0][pred] }
                    if !predServed {
                        servable[f][v] = false
                        changed = true
                    }
                }
            }
        }
        self.servable = servable
        var earliest = [Double](repeating: 0, count: V), latest = earliest
        var windows = [[ClosedRange<Double>]](repeating: [], count: V)
        for v in 0..<V {
            let able = fleets.indices.filter { servable[$0][v] }
            guard !able.isEmpty else { continue }
            let e = able.map { earliestTicks[$0][v] }.min() ?? 0
            let l = able.map { latestTicks[$0][v] }.max() ?? 0
            earliest[v] = Problem.minutes(e)
            latest[v] = Problem.minutes(l)
            for w in p.windowOffsets[v]..<p.windowOffsets[v + 1] {
                let a = max(p.windowStarts[w], e), b = min(p.windowEnds[w], l)
                if a <= b { windows[v].append(Problem.minutes(a)...Problem.minutes(b)) }
            }
        }
        self.earliest = earliest
        self.latest = latest
        self.windows = windows
        tracksDeparture = fleets.contains {
            p.costPerDurationTick[$0[0]] > 0 || p.maxWorkingTicks[$0[0]] < Problem.farFuture
        }
        departureFloor = fleets.map { Problem.minutes(p.shiftStart[$0[0]]) }.min() ?? 0
        build(earliestTicks: earliestTicks, latestTicks: latestTicks)
    }

    /// The representative technician of fleet f.
    func technician(_ f: Int) -> Int { fleets[f][0] }

    /// Service minutes of v by fleet f.
    func service(_ f: Int, _ v: Int) -> Double {
        Problem.minutes(problem.serviceTicks[technician(f) * problem.visitCount + v])
    }

    /// Travel minutes (scheduling ticks) of fleet f between visits, -1 meaning start or end.
    func travel(_ f: Int, _ from: Int, _ to: Int) -> Double {
        let t = technician(f)
        let a = from < 0 ? problem.startNode(t) : from, b = to < 0 ? problem.endNode(t) : to
        return Problem.minutes(problem.travel(t, a, b))
    }

    /// The objective coefficient of fleet f's arc: distance, travel, and the fixed cost on
    /// leaving the start.
    func arcCost(_ f: Int, _ from: Int, _ to: Int) -> Double {
        let p = problem, t = technician(f)
        let a = from < 0 ? p.startNode(t) : from, b = to < 0 ? p.endNode(t) : to
        let perMinute = Double(Problem.ticksPerMinute)
        var cost = p.costPerDistance[t] * p.distance(a, b) + p.costPerTravelTick[t] * perMinute * p.travelMinutes(t, a, b)
        if from < 0 { cost += p.fixedCost[t] }
        return cost
    }

    /// Whether the problem needs load propagation: some fleet could be given more than it carries.
    private func needsLoad() -> Bool {
        fleets.indices.contains { f in
            let total = (0..<problem.visitCount).filter { servable[f][$0] }.map { problem.demand[$0] }.reduce(0, +)
            return total > problem.capacity[technician(f)] + 1e-9
        }
    }

    /// Whether the problem needs visit counting: some fleet could be given more than it may serve.
    private func needsCount() -> Bool {
        fleets.indices.contains { f in
            servable[f].filter { $0 }.count > problem.maxVisits[technician(f)]
        }
    }

    /// Adds `lower ≤ Σ coefficient · variable ≤ upper` (zero coefficients dropped).
    mutating func row(_ terms: [(Double, Variable)], lower: Double = -.infinity, upper: Double = .infinity) {
        var expression = LinearExpression()
        for (coefficient, variable) in terms where coefficient != 0 { expression.add(coefficient, variable) }
        model.addConstraint(lower: lower, expression, upper: upper)
    }

    private mutating func build(earliestTicks: [[Int]], latestTicks: [[Int]]) {
        let p = problem, V = p.visitCount, F = fleets.count
        let perMinute = Double(Problem.ticksPerMinute)
        var objective = LinearExpression(constant: p.unassignedPenalty.reduce(0, +))
        served = Array(repeating: Array(repeating: nil, count: V), count: F)
        start = Array(repeating: nil, count: V)
        windowChoice = Array(repeating: [], count: V)
        load = Array(repeating: nil, count: V)
        visitCount = Array(repeating: nil, count: V)
        lateness = Array(repeating: nil, count: V)
        departure = Array(repeating: nil, count: V)
        overtime = Array(repeating: Array(repeating: nil, count: V), count: F)
        duration = overtime
        arcs = Array(repeating: [], count: F)
        gapStart = Array(repeating: nil, count: V)
        routeEnd = Array(repeating: nil, count: V)
        routeEndUpper = Array(repeating: 0, count: V)
        breakVariables = Array(repeating: nil, count: F)

        for v in 0..<V where fleets.indices.contains(where: { servable[$0][v] }) {
            start[v] = model.addVariable(name: "s\(v)", lower: earliest[v], upper: latest[v])
        }
        for f in 0..<F {
            let t = technician(f)
            for v in 0..<V where servable[f][v] {
                let y = model.addVariable(name: "y\(f)_\(v)", kind: .binary)
                served[f][v] = y
                objective.add(-p.unassignedPenalty[v] - p.preferenceBonus[t * V + v], y)
            }
            for v in 0..<V where servable[f][v] {
                arcs[f].append(Arc(from: -1, to: v, variable: model.addVariable(name: "x\(f)_s_\(v)", kind: .binary)))
                arcs[f].append(Arc(from: v, to: -1, variable: model.addVariable(name: "x\(f)_\(v)_e", kind: .binary)))
                for w in 0..<V where w != v && servable[f][w] {
                    let reach = earliestTicks[f][v] + p.serviceTicks[t * V + v] + p.travel(t, v, w)
                    guard reach <= latestTicks[f][w] else { continue }
                    arcs[f].append(Arc(from: v, to: w, variable: model.addVariable(name: "x\(f)_\(v)_\(w)", kind: .binary)))
                }
            }
            for arc in arcs[f] { objective.add(arcCost(f, arc.from, arc.to), arc.variable) }
        }

        // Flow conservation, one service per visit, fleet sizes, twin order.
        var incoming = [[[Variable]]](repeating: Array(repeating: [], count: V), count: F)
        var outgoing = incoming
        var startArcs = [[Variable]](repeating: [], count: F)
        for f in 0..<F {
            for arc in arcs[f] {
                if arc.to >= 0 { incoming[f][arc.to].append(arc.variable) }
                if arc.from >= 0 { outgoing[f][arc.from].append(arc.variable) } else { startArcs[f].append(arc.variable) }
            }
            for v in 0..<V {
                guard let y = served[f][v] else { continue }
                row(incoming[f][v].map { (1, $0) } + [(-1, y)], lower: 0, upper: 0)
                row(outgoing[f][v].map { (1, $0) } + [(-1, y)], lower: 0, upper: 0)
            }
            row(startArcs[f].map { (1, $0) }, upper: Double(fleets[f].count))
            if f > 0, p.twinClass[technician(f - 1)] == p.twinClass[technician(f)] {
                row(startArcs[f - 1].map { (1, $0) } + startArcs[f].map { (-1, $0) }, lower: 0)
            }
        }
        for v in 0..<V {
            let ys = (0..<F).compactMap { served[$0][v] }
            if ys.count > 1 { row(ys.map { (1, $0) }, upper: 1) }
        }

        // Windows: one chosen window when there are gaps.
        for v in 0..<V {
            guard let s = start[v], windows[v].count > 1 else { continue }
            let ys = (0..<F).compactMap { served[$0][v] }
            let choices = windows[v].indices.map { model.addVariable(name: "w\(v)_\($0)", kind: .binary) }
            windowChoice[v] = choices
            row(choices.map { (1, $0) } + ys.map { (-1, $0) }, lower: 0, upper: 0)
            row([(1, s)] + zip(windows[v], choices).map { (-($0.lowerBound - earliest[v]), $1) }, lower: earliest[v])
            row([(1, s)] + zip(windows[v], choices).map { (latest[v] - $0.upperBound, $1) }, upper: latest[v])
        }

        // Time propagation along arcs.
        var pairArcs: [Int: [(fleet: Int, variable: Variable)]] = [:]
        for f in 0..<F {
            for arc in arcs[f] where arc.from >= 0 && arc.to >= 0 {
                pairArcs[arc.from * V + arc.to, default: []].append((f, arc.variable))
            }
        }
        for (key, list) in pairArcs.sorted(by: { $0.key < $1.key }) {
            let i = key / V, j = key % V
            guard let si = start[i], let sj = start[j] else { continue }
            let m = max(0, latest[i] - earliest[j])
            row([(1, sj), (-1, si)] + list.map { (-(service($0.fleet, i) + travel($0.fleet, i, j) + m), $0.variable) },
                lower: -m)
        }
        for v in 0..<V {
            guard let s = start[v] else { continue }
            var terms: [(Double, Variable)] = [(1, s)]
            for f in 0..<F {
                guard let arc = arcs[f].first(where: { $0.from < 0 && $0.to == v }) else { continue }
                let arrival = Problem.minutes(p.shiftStart[technician(f)]) + travel(f, -1, v)
                terms.append((-max(0, arrival - earliest[v]), arc.variable))
            }
            if terms.count > 1 { row(terms, lower: earliest[v]) }
            for f in 0..<F {
                guard let arc = arcs[f].first(where: { $0.from == v && $0.to < 0 }) else { continue }
                let tail = service(f, v) + travel(f, v, -1)
                let latestEnd = Problem.minutes(p.latestEnd[technician(f)])
                let m = max(0, latest[v] - latestEnd)
                if latest[v] + tail > latestEnd + 1e-9 {
                    row([(1, s), (tail + m, arc.variable)], upper: latestEnd + m)
                }
            }
        }

        if fleets.contains(where: { p.breakCount[$0[0]] > 0 }) { buildBreaks() }
        buildResources(pairArcs: pairArcs)
        buildFollowUps()
        objective.add(buildLateness(perMinute: perMinute))
        objective.add(buildRouteTimes(pairArcs: pairArcs, perMinute: perMinute))
        model.minimize(objective)
    }

    /// Load and visit-count propagation, when some fleet could exceed its capacity or count.
    private mutating func buildResources(pairArcs: [Int: [(fleet: Int, variable: Variable)]]) {
        let p = problem, V = p.visitCount, F = fleets.count
        let pairs = pairArcs.sorted { $0.key < $1.key }
        if needsLoad() {
            let total = (0..<V).filter { start[$0] != nil }.map { p.demand[$0] }.reduce(0, +)
            for v in 0..<V where start[v] != nil {
                load[v] = model.addVariable(name: "q\(v)", lower: p.demand[v], upper: max(p.demand[v], total))
            }
            for (key, list) in pairs {
                let i = key / V, j = key % V
                guard let qi = load[i], let qj = load[j] else { continue }
                let m = max(0, total - p.demand[j])
                row([(1, qj), (-1, qi)] + list.map { (-(p.demand[j] + m), $0.variable) }, lower: -m)
            }
            for f in 0..<F {
                let capacity = p.capacity[technician(f)]
                guard capacity < total else { continue }
                for v in 0..<V {
                    guard let q = load[v], let y = served[f][v] else { continue }
                    row([(1, q), (total - capacity, y)], upper: total)
                }
            }
        }
        if needsCount() {
            let total = Double(V)
            for v in 0..<V where start[v] != nil {
                visitCount[v] = model.addVariable(name: "n\(v)", lower: 1, upper: total)
            }
            for (key, list) in pairs {
                let i = key / V, j = key % V
                guard let ni = visitCount[i], let nj = visitCount[j] else { continue }
                let m = total - 1
                row([(1, nj), (-1, ni)] + list.map { (-(1 + m), $0.variable) }, lower: -m)
            }
            for f in 0..<F {
                let most = Double(min(p.maxVisits[technician(f)], V))
                guard most < total else { continue }
                for v in 0..<V {
                    guard let n = visitCount[v], let y = served[f][v] else { continue }
                    row([(1, n), (total - most, y)], upper: total)
                }
            }
        }
    }

    /// Follow-ups: served only after the predecessor, at least the gap after its end, on the same
    /// technician when required.
    private mutating func buildFollowUps() {
        let p = problem, V = p.visitCount, F = fleets.count
        for v in 0..<V where p.predecessor[v] >= 0 {
            let pred = p.predecessor[v]
            let ys = (0..<F).compactMap { served[$0][v] }
            guard let sv = start[v], !ys.isEmpty else { continue }
            guard let sp = start[pred] else { continue }
            let predYs = (0..<F).compactMap { f in served[f][pred].map { (f, $0) } }
            row(ys.map { (1, $0) } + predYs.map { (-1, $0.1) }, upper: 0)
            if p.followUpSameTechnician[v] {
                for f in 0..<F {
                    guard let y = served[f][v] else { continue }
                    if let yp = served[f][pred] { row([(1, y), (-1, yp)], upper: 0) } else { row([(1, y)], upper: 0) }
                }
            }
            let gap = Problem.minutes(p.followUpGapTicks[v])
            let longest = predYs.map { service($0.0, pred) }.max() ?? 0
            let m = max(0, latest[pred] + longest + gap - earliest[v])
            row([(1, sv), (-1, sp)] + predYs.map { (-service($0.0, pred), $0.1) } + ys.map { (-m, $0) },
                lower: gap - m)
        }
    }

    /// Soft-deadline lateness; returns its objective terms.
    private mutating func buildLateness(perMinute: Double) -> LinearExpression {
        let p = problem, V = p.visitCount, F = fleets.count
        var objective = LinearExpression()
        for v in 0..<V where p.latenessCostPerTick[v] > 0 && p.softDeadlineMinutes[v].isFinite {
            guard let s = start[v] else { continue }
            let deadline = p.softDeadlineMinutes[v]
            guard latest[v] > deadline else { continue }
            let late = model.addVariable(name: "l\(v)", lower: 0, upper: latest[v] - deadline)
            lateness[v] = late
            let m = max(0, latest[v] - deadline)
            row([(1, late), (-1, s)] + (0..<F).compactMap { served[$0][v] }.map { (-m, $0) }, lower: -deadline - m)
            objective.add(p.latenessCostPerTick[v] * perMinute, late)
        }
        return objective
    }

    /// The end of fleet f's route when v is its last visit: `variable + tail` with `variable ≤
    /// upper` (the start of v and its service plus the trip home, or, for a fleet with breaks,
    /// the route-end variable that also counts breaks taken after v).
    private func routeEndTerm(_ f: Int, _ v: Int) -> (variable: Variable, tail: Double, upper: Double)? {
        if problem.breakCount[technician(f)] > 0, let end = routeEnd[v] {
            return (end, 0, routeEndUpper[v])
        }
        guard let s = start[v] else { return nil }
        return (s, service(f, v) + travel(f, v, -1), latest[v])
    }

    /// Overtime, route duration and working-time limits; returns their objective terms.
    private mutating func buildRouteTimes(
        pairArcs: [Int: [(fleet: Int, variable: Variable)]], perMinute: Double
    ) -> LinearExpression {
        let p = problem, V = p.visitCount, F = fleets.count
        var objective = LinearExpression()
        for f in 0..<F {
            let t = technician(f)
            let shiftEnd = Problem.minutes(p.shiftEnd[t])
            guard p.overtimeCostPerTick[t] > 0 else { continue }
            for arc in arcs[f] where arc.to < 0 {
                guard let end = routeEndTerm(f, arc.from), end.upper + end.tail > shiftEnd else { continue }
                let extra = model.addVariable(name: "o\(f)_\(arc.from)", lower: 0)
                overtime[f][arc.from] = extra
                let m = max(0, end.upper - shiftEnd)
                row([(1, extra), (-1, end.variable), (-(end.tail + m), arc.variable)], lower: -shiftEnd - m)
                objective.add(p.overtimeCostPerTick[t] * perMinute, extra)
            }
        }
        guard tracksDeparture else { return objective }
        let minShift = departureFloor
        let maxLatest = latest.max() ?? 0
        for v in 0..<V where start[v] != nil {
            departure[v] = model.addVariable(name: "d\(v)", lower: minShift, upper: max(minShift, maxLatest))
        }
        let span = max(0, maxLatest - minShift)
        for (key, list) in pairArcs.sorted(by: { $0.key < $1.key }) {
            let i = key / V, j = key % V
            guard let di = departure[i], let dj = departure[j] else { continue }
            row([(1, dj), (-1, di)] + list.map { (-span, $0.variable) }, lower: -span)
            row([(1, dj), (-1, di)] + list.map { (span, $0.variable) }, upper: span)
        }
        for f in 0..<F {
            let t = technician(f)
            let shiftStart = Problem.minutes(p.shiftStart[t])
            for arc in arcs[f] {
                if arc.from < 0 {
                    let v = arc.to
                    guard let d = departure[v], let s = start[v] else { continue }
                    if shiftStart > minShift { row([(1, d), (-(shiftStart - minShift), arc.variable)], lower: minShift) }
                    let m = max(0, maxLatest - earliest[v])
                    row([(1, d), (-1, s), (travel(f, -1, v) + m, arc.variable)], upper: m)
                    if let g = gapStart[v], p.breakCount[t] > 0 {
                        // Breaks before the first visit are taken at home, after the departure.
                        let mg = max(0, maxLatest - minShift)
                        row([(1, g), (-1, d), (-mg, arc.variable)], lower: -mg)
                    }
                } else if arc.to < 0 {
                    let v = arc.from
                    guard let d = departure[v], let end = routeEndTerm(f, v) else { continue }
                    let m = max(0, end.upper - minShift)
                    if p.costPerDurationTick[t] > 0 {
                        let length = model.addVariable(name: "u\(f)_\(v)", lower: 0)
                        duration[f][v] = length
                        row([(1, length), (-1, end.variable), (1, d), (-(end.tail + m), arc.variable)], lower: -m)
                        objective.add(p.costPerDurationTick[t] * perMinute, length)
                    }
                    if p.maxWorkingTicks[t] < Problem.farFuture {
                        let limit = Problem.minutes(p.maxWorkingTicks[t])
                        let mw = max(0, end.upper - minShift - limit)
                        row([(1, end.variable), (-1, d), (end.tail + mw, arc.variable)], upper: limit + mw)
                    }
                }
            }
        }
        return objective
    }
}
