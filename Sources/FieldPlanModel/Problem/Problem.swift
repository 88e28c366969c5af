/// A validated scenario compiled into dense integer indices, ready for the strategies.
///
/// Visits are `0..<visitCount`, technicians `0..<technicianCount`. Travel nodes are the visits,
/// then each technician's start (`visitCount + t`), then each technician's end
/// (`visitCount + technicianCount + t`). Times are integer ticks of 1/1000 minute since the
/// scenario's origin; travel and service times are rounded up, window ends down, so a plan that
/// fits in ticks fits in exact arithmetic too.
public struct Problem: Sendable {
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
    /// Travel ticks per speed profile, `travelTicks[profile][from * nodeCount + to]`.
    public let travelTicks: [[Int]]
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
    /// Breaks per technician.
    public let breaks: [[BreakRule]]
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

    /// A break in ticks.
    public struct BreakRule: Sendable, Hashable {
        /// Length in ticks.
        public let duration: Int
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
        travelTicks[technicianProfile[t]][a &* nodeCount &+ b]
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
