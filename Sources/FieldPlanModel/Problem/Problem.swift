import Foundation

/// A validated scenario compiled into dense integer indices, ready for the strategies.
///
/// Visits are `0..<visitCount`, technicians `0..<technicianCount`. Travel nodes are the visits,
/// then each technician's start (`visitCount + t`), then each technician's end
/// (`visitCount + technicianCount + t`). Times are integer ticks of 1/1000 minute since the
/// scenario's origin; travel and service times are rounded up, window ends down, so a plan that
/// fits in ticks fits in exact arithmetic too.
public final class Problem: Sendable {
    /// Ticks per minute.
    public static let ticksPerMinute = 1000
    /// A time later than any real one, for open windows.
    public static let farFuture = Int(Int32.max) * 1000
    /// A time earlier than any real one, for open windows.
    public static let farPast = -farFuture

    /// The scenario this problem was compiled from.
    public let scenario: Scenario
    /// The distance convention travel was computed in.
    public let convention: DistanceConvention
    /// The effective objective (after `--objective` overrides).
    public let objective: ObjectiveSettings
    /// Resolves the scenario's times.
    public let time: TimeResolver

    /// Number of visits.
    public let visitCount: Int
    /// Number of technicians.
    public let technicianCount: Int
    /// Number of travel nodes: visits, technician starts, technician ends.
    public let nodeCount: Int

    /// Distance between nodes, `distance[from * nodeCount + to]`.
    public let distance: [Double]
    /// Travel ticks of every speed profile in one flat array,
    /// `travelTicks[(profile * nodeCount + from) * nodeCount + to]`.
    public let travelTicks: [Int]
    /// The speed profile of each technician.
    public let technicianProfile: [Int]
    /// Base travel minutes in double precision, `baseTravelMinutes[from * nodeCount + to]`.
    public let baseTravelMinutes: [Double]
    /// Speed factor of each technician (travel minutes are divided by it).
    public let speedFactor: [Double]

    /// Service ticks, `serviceTicks[t * visitCount + v]` (the technician's work factor applied).
    public let serviceTicks: [Int]
    /// Whether technician t may serve visit v, `canServe[t * visitCount + v]`: skills, levels,
    /// exclusions, pins, capacity.
    public let canServe: [Bool]
    /// Bonus (already weighted) for serving v by t, `preferenceBonus[t * visitCount + v]`.
    public let preferenceBonus: [Double]

    /// The visit's start windows (hard SLA deadlines and pinned starts folded in), sorted.
    public let windowOffsets: [Int]
    /// Window starts, indexed through `windowOffsets`.
    public let windowStarts: [Int]
    /// Window ends, indexed through `windowOffsets`.
    public let windowEnds: [Int]
    /// Soft SLA deadline per visit (`farFuture` when none).
    public let softDeadline: [Int]
    /// Weighted cost per tick late against the soft deadline.
    public let latenessCostPerTick: [Double]
    /// Soft SLA deadline per visit in exact minutes (`.infinity` when none).
    public let softDeadlineMinutes: [Double]
    /// Weighted cost of leaving the visit out.
    public let unassignedPenalty: [Double]
    /// Whether the visit is mandatory.
    public let mandatory: [Bool]
    /// Parts needed.
    public let demand: [Double]
    /// The follow-up predecessor, or -1.
    public let predecessor: [Int]
    /// Ticks between the predecessor's end and this visit's start.
    public let followUpGapTicks: [Int]
    /// Whether the follow-up must be served by the predecessor's technician.
    public let followUpSameTechnician: [Bool]
    /// Visits that follow each visit.
    public let successors: [[Int]]

    /// Shift start per technician.
    public let shiftStart: [Int]
    /// Shift end per technician.
    public let shiftEnd: [Int]
    /// Shift end per technician in exact minutes.
    public let shiftEndMinutes: [Double]
    /// Latest return (shift end plus allowed overtime).
    public let latestEnd: [Int]
    /// Longest route (`farFuture` when unlimited).
    public let maxWorkingTicks: [Int]
    /// Most visits per route (`Int.max` when unlimited).
    public let maxVisits: [Int]
    /// Capacity (`.infinity` when unlimited).
    public let capacity: [Double]
    /// Whether the route ends at its last visit.
    public let openEnd: [Bool]
    /// Technicians with equal class are interchangeable: same attributes, same visits allowed,
    /// same preferences. An empty route of one stands for the empty routes of all its twins.
    public let twinClass: [Int]
    /// Breaks per technician, by earliest start.
    public let breaks: [[BreakRule]]
    /// Number of breaks per technician (read in hot paths without touching `breaks`).
    public let breakCount: [Int]
    /// Whether each visit has follow-ups.
    public let hasSuccessors: [Bool]
    /// Weighted cost per unit of distance.
    public let costPerDistance: [Double]
    /// Weighted cost per tick of travel.
    public let costPerTravelTick: [Double]
    /// Weighted cost per tick of route duration.
    public let costPerDurationTick: [Double]
    /// Weighted cost per tick of overtime.
    public let overtimeCostPerTick: [Double]
    /// Weighted fixed cost of using the technician (route cost included).
    public let fixedCost: [Double]

    /// Validates a scenario and compiles it.
    ///
    /// - Parameters:
    ///   - scenario: what the user wrote.
    ///   - convention: how distances are rounded.
    ///   - objectiveKind: overrides the scenario's objective kind (`--objective`).
    /// - Throws: ``ScenarioError`` with every issue found, when any.
    public init(
        scenario: Scenario, convention: DistanceConvention = .exact,
        objectiveKind: ObjectiveSettings.Kind? = nil
    ) throws(ScenarioError) {
        let issues = ScenarioValidator.issues(in: scenario)
        if !issues.isEmpty { throw ScenarioError(issues: issues) }
        guard let time = TimeResolver(date: scenario.date, timeZone: scenario.timeZone) else {
            throw ScenarioError(issues: [ScenarioIssue(.invalidValue, at: "date", "invalid date or time zone")])
        }
        var objective = scenario.objective
        if let objectiveKind { objective.kind = objectiveKind }
        let weights = Self.effectiveWeights(objective)

        let visits = scenario.visits, technicians = scenario.technicians
        let V = visits.count, T = technicians.count, N = V + 2 * T
        let travel = TravelCalculator(settings: scenario.travel, convention: convention)
        let ticks = Double(Self.ticksPerMinute)
        func up(_ minutes: Double) -> Int { Int((minutes * ticks - 1e-6).rounded(.up)) }
        func down(_ minutes: Double) -> Int { Int((minutes * ticks + 1e-6).rounded(.down)) }
        func at(_ point: TimePoint) -> Double { time.minutes(point) }

        var locations = visits.map(\.location)
        locations += technicians.map(\.start)
        locations += technicians.map { $0.end ?? $0.start }

        var distance = [Double](repeating: 0, count: N * N)
        var baseMinutes = [Double](repeating: 0, count: N * N)
        for a in 0..<N {
            for b in 0..<N where a != b {
                let isOpenEnd = b >= V + T && technicians[b - V - T].openEnd
                if isOpenEnd || a >= V + T { continue }
                distance[a * N + b] = travel.distance(from: locations[a], to: locations[b]) ?? 0
                baseMinutes[a * N + b] = travel.minutes(from: locations[a], to: locations[b]) ?? 0
            }
        }
        var speedFactors: [Double] = []
        var profileOf: [Int] = []
        for technician in technicians {
            if let index = speedFactors.firstIndex(of: technician.speedFactor) {
                profileOf.append(index)
            } else {
                profileOf.append(speedFactors.count)
                speedFactors.append(technician.speedFactor)
            }
        }
        let travelTicks = speedFactors.flatMap { factor in baseMinutes.map { up($0 / factor) } }

        let visitIndex = Dictionary(visits.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })

        var serviceTicks = [Int](repeating: 0, count: T * V)
        var canServe = [Bool](repeating: false, count: T * V)
        var preference = [Double](repeating: 0, count: T * V)
        for (t, technician) in technicians.enumerated() {
            for (v, visit) in visits.enumerated() {
                serviceTicks[t * V + v] = up(visit.duration * technician.workDurationFactor)
                let skilled = visit.skills.allSatisfy { (technician.skills[$0.key] ?? Int.min) >= $0.value }
                let allowed = !visit.excludedTechnicians.contains(technician.id)
                    && (visit.pinnedTechnician.map { $0 == technician.id } ?? true)
                let fits = visit.demand <= (technician.capacity ?? .infinity)
                canServe[t * V + v] = skilled && allowed && fits
                if visit.preferredTechnicians.contains(technician.id) {
                    preference[t * V + v] = weights.preference
                        * (visit.preferenceBonus ?? objective.preferenceBonus)
                }
            }
        }

        var windowOffsets = [0], windowStarts: [Int] = [], windowEnds: [Int] = []
        var softDeadline = [Int](repeating: Self.farFuture, count: V)
        var softDeadlineMinutes = [Double](repeating: .infinity, count: V)
        var latenessCost = [Double](repeating: 0, count: V)
        var penalty = [Double](repeating: 0, count: V)
        var predecessor = [Int](repeating: -1, count: V)
        var gap = [Int](repeating: 0, count: V)
        var same = [Bool](repeating: false, count: V)
        var successors = [[Int]](repeating: [], count: V)
        for (v, visit) in visits.enumerated() {
            var windows = visit.timeWindows.map { (up(at($0.start)), down(at($0.end))) }
            if windows.isEmpty { windows = [(Self.farPast, Self.farFuture)] }
            var latest = Self.farFuture
            if let sla = visit.sla {
                if sla.hard {
                    latest = down(at(sla.deadline))
                } else {
                    softDeadline[v] = down(at(sla.deadline))
                    softDeadlineMinutes[v] = at(sla.deadline)
                    latenessCost[v] = weights.lateness * sla.penaltyPerMinute / ticks
                }
            }
            var earliest = Self.farPast
            if let pinned = visit.pinnedStart {
                let p = Int((at(pinned) * ticks).rounded())
                earliest = p
                latest = min(latest, p)
            }
            windows = windows.map { (max($0.0, earliest), min($0.1, latest)) }
                .filter { $0.0 <= $0.1 }.sorted { $0.0 < $1.0 }
            for window in windows {
                windowStarts.append(window.0)
                windowEnds.append(window.1)
            }
            windowOffsets.append(windowStarts.count)
            let rawPenalty = visit.penalty
                ?? (visit.mandatory ? objective.mandatoryPenalty : objective.visitPenalty * Double(visit.priority))
            penalty[v] = weights.unassigned * rawPenalty
            if let link = visit.followUp, let p = visitIndex[link.after] {
                predecessor[v] = p
                gap[v] = up(link.minGap)
                same[v] = link.sameTechnician
                successors[p].append(v)
            }
        }

        var twinKeys: [TwinKey: Int] = [:]
        var twinClass: [Int] = []
        for (t, technician) in technicians.enumerated() {
            var anonymous = technician
            anonymous.id = ""
            anonymous.name = nil
            let key = TwinKey(
                technician: anonymous, canServe: Array(canServe[(t * V)..<((t + 1) * V)]),
                preference: Array(preference[(t * V)..<((t + 1) * V)]))
            if let existing = twinKeys[key] {
                twinClass.append(existing)
            } else {
                twinKeys[key] = twinKeys.count
                twinClass.append(twinKeys.count - 1)
            }
        }
        self.twinClass = twinClass
        self.scenario = scenario
        self.convention = convention
        self.objective = objective
        self.time = time
        self.visitCount = V
        self.technicianCount = T
        self.nodeCount = N
        self.distance = distance
        self.travelTicks = travelTicks
        self.technicianProfile = profileOf
        self.baseTravelMinutes = baseMinutes
        self.speedFactor = technicians.map(\.speedFactor)
        self.serviceTicks = serviceTicks
        self.canServe = canServe
        self.preferenceBonus = preference
        self.windowOffsets = windowOffsets
        self.windowStarts = windowStarts
        self.windowEnds = windowEnds
        self.softDeadline = softDeadline
        self.latenessCostPerTick = latenessCost
        self.softDeadlineMinutes = softDeadlineMinutes
        self.unassignedPenalty = penalty
        self.mandatory = visits.map(\.mandatory)
        self.demand = visits.map(\.demand)
        self.predecessor = predecessor
        self.followUpGapTicks = gap
        self.followUpSameTechnician = same
        self.successors = successors
        self.shiftStart = technicians.map { up(at($0.shift.start)) }
        self.shiftEnd = technicians.map { down(at($0.shift.end)) }
        self.shiftEndMinutes = technicians.map { at($0.shift.end) }
        self.latestEnd = technicians.map { down(at($0.shift.end) + $0.allowedOvertime) }
        self.maxWorkingTicks = technicians.map { $0.maxWorkingTime.map(down) ?? Self.farFuture }
        self.maxVisits = technicians.map { $0.maxVisits ?? Int.max }
        self.capacity = technicians.map { $0.capacity ?? .infinity }
        self.openEnd = technicians.map(\.openEnd)
        self.breaks = technicians.map { technician in
            technician.breaks.map {
                BreakRule(duration: up($0.duration), durationMinutes: $0.duration, earliestStart: up(at($0.earliestStart)),
                          latestStart: down(at($0.latestStart)))
            }.sorted { $0.earliestStart < $1.earliestStart }
        }
        self.breakCount = technicians.map(\.breaks.count)
        self.hasSuccessors = successors.map { !$0.isEmpty }
        self.costPerDistance = technicians.map { weights.distance + weights.technicianCost * $0.costPerKm }
        self.costPerTravelTick = technicians.map { _ in weights.travelTime / ticks }
        self.costPerDurationTick = technicians.map { weights.technicianCost * $0.costPerHour / (60 * ticks) }
        self.overtimeCostPerTick = technicians.map { weights.overtime * $0.overtimeCostPerHour / (60 * ticks) }
        self.fixedCost = technicians.map { weights.technicianCost * $0.fixedCost + weights.route }
    }

    /// A break in ticks.
    public struct BreakRule: Sendable, Hashable {
        /// Length in ticks.
        public let duration: Int
        /// Length in exact minutes.
        public let durationMinutes: Double
        /// Earliest start.
        public let earliestStart: Int
        /// Latest start.
        public let latestStart: Int
    }

    /// The start node of technician t.
    @inlinable public func startNode(_ t: Int) -> Int { visitCount + t }
    /// The end node of technician t.
    @inlinable public func endNode(_ t: Int) -> Int { visitCount + technicianCount + t }

    /// Travel ticks from node a to node b for technician t.
    @inlinable public func travel(_ t: Int, _ a: Int, _ b: Int) -> Int {
        travelTicks[(technicianProfile[t] &* nodeCount &+ a) &* nodeCount &+ b]
    }

    /// Exact travel minutes from node a to node b for technician t.
    @inlinable public func travelMinutes(_ t: Int, _ a: Int, _ b: Int) -> Double {
        baseTravelMinutes[a &* nodeCount &+ b] / speedFactor[t]
    }

    /// Distance from node a to node b.
    @inlinable public func distance(_ a: Int, _ b: Int) -> Double { distance[a &* nodeCount &+ b] }

    /// Converts ticks to minutes.
    @inlinable public static func minutes(_ ticks: Int) -> Double {
        Double(ticks) / Double(ticksPerMinute)
    }
}
