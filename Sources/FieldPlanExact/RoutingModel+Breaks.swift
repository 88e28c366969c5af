import FieldPlanModel
import LinearProgramming

/// Breaks, exactly as the validator defines them.
///
/// A break is a stop taken where the technician is (at home before the first visit, at the
/// previous visit, or at the last visit before the trip home), between two stops, starting
/// inside its window, in the order of the technician's rules by earliest start (the validator
/// matches break stops to rules greedily in that order, so any valid plan takes them in that
/// order). A rule is owed exactly when the route still runs at its earliest start; a break
/// taken always ends before the route does, so "taken" and "owed" coincide.
///
/// Formulation: per fleet with breaks, rule r and visit j, a binary `before[r][j]` (r is taken in
/// the gap before j) with a start time, a binary `after[r][j]` (taken after j, the route's last
/// visit) with a start time, and `taken[r][j]` = rules taken up to j's gap, propagated along the
/// arcs (`taken_j = taken_i + before_j` on the arc i → j). Per visit, `gap_j` is when the
/// technician is free at the previous stop and `end_j` the route's end if j is last:
///
/// - `gap_j ≥ s_i + service_i` on the arc i → j, `gap_j ≥ shiftStart` (and the departure) on a
///   start arc; `s_j ≥ gap_j + travel_in(j) + Σ_r duration_r · before[r][j]`;
/// - a break before j starts in `[max(gap_j, E_r), L_r]` and ends by `s_j − travel_in(j)`;
///   two breaks in one gap do not overlap;
/// - `end_j ≥ s_j + service_j + travel(j, end)`, and `≥ start + duration + travel(j, end)` of
///   each break after j; breaks after j start after j's service;
/// - prefix order (`r + 1` only after `r`); a rule not taken on the route forces
///   `end_j ≤ E_r` on the last visit.
///
/// Every indicator constraint's big-M is the difference of the bounds the windows and shifts
/// give. The variables hang off visits, not routes, so twins with identical breaks stay one fleet:
/// the formulation is exact for each route of the fleet separately. Why not break-position
/// binaries per arc: they multiply the binaries by the arc count; why not a break node per
/// technician: it needs a route index per technician, which would undo the twin aggregation.
extension RoutingModel {
    /// Builds the break variables and constraints of every fleet with breaks.
    mutating func buildBreaks() {
        let p = problem, V = p.visitCount
        let breakFleets = fleets.indices.filter { p.breakCount[technician($0)] > 0 }
        let floor = departureFloor
        var incoming = [[(fleet: Int, arc: Arc)]](repeating: [], count: V)
        for f in breakFleets {
            for arc in arcs[f] where arc.to >= 0 { incoming[arc.to].append((f, arc)) }
        }
        for v in 0..<V where breakFleets.contains(where: { servable[$0][v] }) {
            gapStart[v] = model.addVariable(name: "g\(v)", lower: floor, upper: max(floor, latest[v]))
            let upper = breakFleets.filter { servable[$0][v] }
                .map { Problem.minutes(p.latestEnd[technician($0)]) }.max() ?? latest[v]
            routeEndUpper[v] = max(upper, earliest[v])
            routeEnd[v] = model.addVariable(name: "e\(v)", lower: earliest[v], upper: routeEndUpper[v])
        }
        for f in breakFleets { buildBreakVariables(f) }

        // Gap starts: after the previous visit's service (pairs summed over fleets, as times).
        var pairArcs: [Int: [(fleet: Int, variable: Variable)]] = [:]
        for f in breakFleets {
            for arc in arcs[f] where arc.from >= 0 && arc.to >= 0 {
                pairArcs[arc.from * V + arc.to, default: []].append((f, arc.variable))
            }
        }
        for (key, list) in pairArcs.sorted(by: { $0.key < $1.key }) {
            let i = key / V, j = key % V
            guard let si = start[i], let gj = gapStart[j] else { continue }
            let m = max(0, latest[i] + (list.map { service($0.fleet, i) }.max() ?? 0) - floor)
            row([(1, gj), (-1, si)] + list.map { (-(service($0.fleet, i) + m), $0.variable) }, lower: -m)
        }
        for f in breakFleets {
            let shiftStart = Problem.minutes(p.shiftStart[technician(f)])
            for arc in arcs[f] where arc.from < 0 && arc.to >= 0 && shiftStart > floor {
                guard let g = gapStart[arc.to] else { continue }
                row([(1, g), (-(shiftStart - floor), arc.variable)], lower: floor)
            }
        }
        // Service starts after the gap, its breaks and the travel.
        for v in 0..<V {
            guard let s = start[v], let g = gapStart[v] else { continue }
            var terms: [(Double, Variable)] = [(1, s), (-1, g)]
            for (f, arc) in incoming[v] { terms.append((-travel(f, arc.from, v), arc.variable)) }
            for f in breakFleets {
                guard let vars = breakVariables[f] else { continue }
                for (r, rule) in p.breaks[technician(f)].enumerated() {
                    if let z = vars.before[r][v] { terms.append((-Problem.minutes(rule.duration), z)) }
                }
            }
            row(terms, lower: 0)
        }
    }

    /// The variables and constraints of fleet f's breaks.
    private mutating func buildBreakVariables(_ f: Int) {
        let p = problem, V = p.visitCount, t = technician(f)
        let rules = p.breaks[t]
        var vars = RoutingBreakVariables(rules: rules.count, visits: V)
        let latestEnd = Problem.minutes(p.latestEnd[t])
        var endArc = [Variable?](repeating: nil, count: V)
        var incoming = [[Arc]](repeating: [], count: V)
        for arc in arcs[f] {
            if arc.to < 0 { endArc[arc.from] = arc.variable } else { incoming[arc.to].append(arc) }
        }
        for v in 0..<V where servable[f][v] {
            for (r, rule) in rules.enumerated() {
                let e = Problem.minutes(rule.earliestStart), l = Problem.minutes(rule.latestStart)
                let length = Problem.minutes(rule.duration)
                vars.taken[r][v] = model.addVariable(name: "c\(f)_\(r)_\(v)", lower: 0, upper: 1)
                if e <= l && e + length <= latest[v] {
                    vars.before[r][v] = model.addVariable(name: "z\(f)_\(r)_\(v)", kind: .binary)
                    vars.beforeStart[r][v] = model.addVariable(name: "b\(f)_\(r)_\(v)", lower: e, upper: l)
                }
                if e <= l && earliest[v] + service(f, v) <= l {
                    vars.after[r][v] = model.addVariable(name: "a\(f)_\(r)_\(v)", kind: .binary)
                    vars.afterStart[r][v] = model.addVariable(name: "ba\(f)_\(r)_\(v)", lower: e, upper: l)
                }
            }
        }
        breakVariables[f] = vars

        for v in 0..<V where servable[f][v] {
            guard let y = served[f][v], let s = start[v], let g = gapStart[v], let end = routeEnd[v],
                  let last = endArc[v]
            else { continue }
            let tail = service(f, v) + travel(f, v, -1)
            let endLower = earliest[v], endUpper = routeEndUpper[v]
            let maxTravelIn = incoming[v].map { travel(f, $0.from, v) }.max() ?? 0
            let travelIn = incoming[v].map { (travel(f, $0.from, v), $0.variable) }
            // The route's end when v is last: after v and the trip home, and inside the shift.
            let mEnd = max(0, latest[v] - endLower)
            row([(1, end), (-1, s), (-(tail + mEnd), last)], lower: -mEnd)
            let mLate = max(0, endUpper - latestEnd)
            if mLate > 0 { row([(1, end), (mLate, last)], upper: latestEnd + mLate) }

            for (r, rule) in rules.enumerated() {
                let e = Problem.minutes(rule.earliestStart), l = Problem.minutes(rule.latestStart)
                let length = Problem.minutes(rule.duration)
                guard let c = vars.taken[r][v] else { continue }
                let z = vars.before[r][v], a = vars.after[r][v]
                row([(1, c), (-1, y)], upper: 0)
                // Propagation along the arcs: taken_j = taken_i + before_j on the arc used.
                for arc in incoming[v] {
                    var terms: [(Double, Variable)] = [(1, c)]
                    if arc.from >= 0 {
                        guard let ci = vars.taken[r][arc.from] else { continue }
                        terms.append((-1, ci))
                    }
                    if let z { terms.append((-1, z)) }
                    row(terms + [(1, arc.variable)], upper: 1)
                    row(terms + [(-1, arc.variable)], lower: -1)
                }
                if let a {
                    row([(1, a), (-1, last)], upper: 0)
                    row([(1, c), (1, a)], upper: 1)
                }
                // Prefix order: rule r + 1 only once rule r is taken.
                if r + 1 < rules.count {
                    if let next = vars.before[r + 1][v] { row([(1, next), (-1, c)], upper: 0) }
                    if let nextTaken = vars.taken[r + 1][v] { row([(1, nextTaken), (-1, c)], upper: 0) }
                    if let nextAfter = vars.after[r + 1][v] {
                        row([(1, nextAfter), (-1, c)] + (a.map { [(-1, $0)] } ?? []), upper: 0)
                    }
                }
                // A break before v: after the gap opens, over before the travel to v.
                if let z, let b = vars.beforeStart[r][v] {
                    let mOpen = max(0, latest[v] - e)
                    row([(1, b), (-1, g), (-mOpen, z)], lower: -mOpen)
                    let mClose = max(0, l + maxTravelIn - earliest[v])
                    row([(1, b), (-1, s), (length + mClose, z)] + travelIn, upper: mClose)
                    if r + 1 < rules.count, let z2 = vars.before[r + 1][v], let b2 = vars.beforeStart[r + 1][v] {
                        let m = max(0, l + length - Problem.minutes(rules[r + 1].earliestStart))
                        row([(1, b2), (-1, b), (-m, z), (-m, z2)], lower: length - 2 * m)
                    }
                }
                // A break after v: after v's service, before the trip home.
                if let a, let b = vars.afterStart[r][v] {
                    let mOpen = max(0, latest[v] - e)
                    row([(1, b), (-1, s), (-(service(f, v) + mOpen), a)], lower: -mOpen)
                    let mClose = max(0, l - endLower)
                    row([(1, end), (-1, b), (-(length + travel(f, v, -1) + mClose), a)], lower: -mClose)
                    if r + 1 < rules.count, let a2 = vars.after[r + 1][v], let b2 = vars.afterStart[r + 1][v] {
                        let m = max(0, l + length - Problem.minutes(rules[r + 1].earliestStart))
                        row([(1, b2), (-1, b), (-m, a), (-m, a2)], lower: length - 2 * m)
                    }
                }
                // Owed: a rule not taken on the route needs the route over by its earliest start.
                let mOwed = max(0, endUpper - e)
                if mOwed > 0 {
                    row([(1, end), (-mOwed, c), (mOwed, last)] + (a.map { [(-mOwed, $0)] } ?? []), upper: e + mOwed)
                }
            }
        }
    }
}
