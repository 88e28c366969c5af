import FieldPlanModel
import LinearProgramming

/// The time-slot assignment MIP: which fleet serves each visit, in which slot of its shift.
///
/// Fleets are groups of twin technicians (same `twinClass`); fleet f's shift is cut into slots
/// of `slotMinutes`, and each slot holds `members × length` minutes of work, less the breaks that
/// may start in it. A visit may go into a slot when its start window, narrowed to what the
/// technician can reach from home and still return by the latest end, overlaps the slot. Its
/// weight in a slot is its service plus an estimate of the travel it adds (mean travel to its
/// nearest neighbours the fleet may serve). Per fleet, demand and visit counts are capped by
/// `members ×` the technician's capacity and maximum visits. The objective charges the
/// estimated travel and distance, earns preference bonuses, pays the penalty of every visit
/// left out, and adds a small term on each fleet's fullest slot to spread the work.
struct SlotModel {
    /// One slot of one fleet.
    struct Slot {
        /// The fleet.
        let fleet: Int
        /// Start tick.
        let start: Int
        /// End tick (exclusive).
        let end: Int
    }

    /// One assignment variable.
    struct Choice {
        /// The visit.
        let visit: Int
        /// The slot's index in ``SlotModel/slots``.
        let slot: Int
        /// The binary variable.
        let variable: Variable
    }

    let problem: Problem
    /// Technicians of each fleet.
    let fleets: [[Int]]
    /// Every slot of every fleet.
    private(set) var slots: [Slot] = []
    /// Every assignment variable.
    private(set) var choices: [Choice] = []
    /// Work minutes of a visit by fleet, `work[f][v]` (service plus estimated travel).
    private(set) var work: [[Double]] = []
    private(set) var model = LinearModel(name: "fieldplan-slots")

    /// Builds the model with slots of `slotMinutes` and travel estimated over `neighbours`
    /// nearest visits.
    init(problem p: Problem, slotMinutes: Double, neighbours: Int) {
        problem = p
        var groups: [Int: Int] = [:]
        var fleets: [[Int]] = []
        for t in 0..<p.technicianCount {
            if let f = groups[p.twinClass[t]] {
                fleets[f].append(t)
            } else {
                groups[p.twinClass[t]] = fleets.count
                fleets.append([t])
            }
        }
        self.fleets = fleets
        build(slotTicks: max(1, Int(slotMinutes * Double(Problem.ticksPerMinute))), neighbours: max(1, neighbours))
    }

    private mutating func build(slotTicks: Int, neighbours: Int) {
        let p = problem, V = p.visitCount
        let perMinute = Double(Problem.ticksPerMinute)
        var objective = LinearExpression(constant: p.unassignedPenalty.reduce(0, +))
        var perVisit = [[Variable]](repeating: [], count: V)
        var spreadWeight = 0.0
        work = Array(repeating: Array(repeating: 0, count: V), count: fleets.count)
        var fleetTerms: [(fleet: Int, demand: [(Double, Variable)], count: [Variable])] = []
        var slotTerms: [(slot: Int, capacity: Double, terms: [(Double, Variable)])] = []
        for (f, fleet) in fleets.enumerated() {
            let t = fleet[0], members = Double(fleet.count)
            let allowed = (0..<V).filter { p.canServe[t * V + $0] && p.maxVisits[t] >= 1 }
            let firstSlot = slots.count
            var tick = p.shiftStart[t]
            while tick < p.latestEnd[t] {
                let end = min(tick + slotTicks, p.latestEnd[t])
                slots.append(Slot(fleet: f, start: tick, end: end))
                tick = end
            }
            var capacity = (firstSlot..<slots.count).map { Double(slots[$0].end - slots[$0].start) / perMinute }
            for rule in p.breaks[t] {
                if let k = (firstSlot..<slots.count).first(where: { slots[$0].end > rule.earliestStart }) {
                    capacity[k - firstSlot] = max(0, capacity[k - firstSlot] - Problem.minutes(rule.duration))
                }
            }
            var terms = [[(Double, Variable)]](repeating: [], count: slots.count - firstSlot)
            var demand: [(Double, Variable)] = [], count: [Variable] = []
            for v in allowed {
                let service = p.serviceTicks[t * V + v]
                let out = p.travel(t, p.startNode(t), v), back = p.travel(t, v, p.endNode(t))
                let nearest = (allowed.filter { $0 != v }.map { p.travel(t, $0, v) } + [out])
                    .sorted().prefix(neighbours)
                let travelTicks = Double(nearest.reduce(0, +)) / Double(max(1, nearest.count))
                let nearestDistance = (allowed.filter { $0 != v }.map { p.distance($0, v) } + [p.distance(p.startNode(t), v)])
                    .sorted().prefix(neighbours)
                let distance = nearestDistance.reduce(0, +) / Double(max(1, nearestDistance.count))
                work[f][v] = (Double(service) + travelTicks) / perMinute
                let cost = p.costPerDistance[t] * distance + p.costPerTravelTick[t] * travelTicks
                    + p.costPerDurationTick[t] * (Double(service) + travelTicks)
                spreadWeight = max(spreadWeight, cost)
                let earliest = p.shiftStart[t] + out, latest = p.latestEnd[t] - service - back
                for k in firstSlot..<slots.count {
                    let slot = slots[k]
                    let fits = (p.windowOffsets[v]..<p.windowOffsets[v + 1]).contains { w in
                        let a = max(p.windowStarts[w], earliest), b = min(p.windowEnds[w], latest)
                        return a <= b && a < slot.end && b >= slot.start
                    }
                    guard fits else { continue }
                    let z = model.addVariable(name: "z\(v)_\(k)", kind: .binary)
                    choices.append(Choice(visit: v, slot: k, variable: z))
                    perVisit[v].append(z)
                    terms[k - firstSlot].append((work[f][v], z))
                    demand.append((p.demand[v], z))
                    count.append(z)
                    objective.add(cost - p.unassignedPenalty[v] - p.preferenceBonus[t * V + v], z)
                }
            }
            for (offset, list) in terms.enumerated() where !list.isEmpty {
                slotTerms.append((firstSlot + offset, capacity[offset] * members, list))
            }
            fleetTerms.append((f, demand, count))
        }
        for list in perVisit where list.count > 1 {
            add(list.map { (1, $0) }, upper: 1)
        }
        for entry in fleetTerms {
            let t = fleets[entry.fleet][0], members = Double(fleets[entry.fleet].count)
            if p.capacity[t].isFinite { add(entry.demand, upper: p.capacity[t] * members) }
            if p.maxVisits[t] < entry.count.count { add(entry.count.map { (1, $0) }, upper: Double(p.maxVisits[t]) * members) }
        }
        var fullest: [Int: Variable] = [:]
        for entry in slotTerms {
            add(entry.terms, upper: entry.capacity)
            let f = slots[entry.slot].fleet
            let peak: Variable
            if let existing = fullest[f] {
                peak = existing
            } else {
                peak = model.addVariable(name: "peak\(f)", lower: 0, upper: 1)
                fullest[f] = peak
                objective.add(0.01 * spreadWeight + 1e-3, peak)
            }
            if entry.capacity > 0 {
                add(entry.terms.map { ($0.0 / entry.capacity, $0.1) } + [(-1, peak)], upper: 0)
            }
        }
        model.minimize(objective)
    }

    private mutating func add(_ terms: [(Double, Variable)], lower: Double = -.infinity, upper: Double = .infinity) {
        var expression = LinearExpression()
        for (coefficient, variable) in terms where coefficient != 0 { expression.add(coefficient, variable) }
        model.addConstraint(lower: lower, expression, upper: upper)
    }
}
