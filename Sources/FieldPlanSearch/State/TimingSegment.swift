import FieldPlanModel

/// The timing of a run of visits served one after the other, summed up in three numbers so that
/// runs join in O(1) (the segment concatenation of Vidal et al. for time windows, with waiting
/// and without time warp): arriving at the first visit at `a ≤ latest`, the technician finishes
/// the last visit at `max(a, earliest) + duration`; arriving later breaks a window.
///
/// It models visits with exactly one window and no follow-up link, served by a technician
/// without breaks, and nothing that depends on start times but windows (no soft deadline): the
/// earliest-start schedule the `RouteScheduler` simulates is then exactly this one.
struct TimingSegment: Equatable {
    /// Arrivals before this wait: the run's finish is the same as arriving at `earliest`.
    var earliest: Int
    /// The latest arrival at the first visit that keeps every window.
    var latest: Int
    /// Service and travel ticks along the run, waiting excluded.
    var duration: Int

    /// The run made of visit `v` alone, served by technician `t`.
    @inline(__always)
    init(visit v: Int, technician t: Int, problem p: Problem) {
        let w = p.windowOffsets[v]
        earliest = p.windowStarts[w]
        latest = p.windowEnds[w]
        duration = p.serviceTicks[t &* p.visitCount &+ v]
    }

    /// Whether visit `v`'s timing is modelled: one window, no soft deadline, no follow-up link.
    @inline(__always)
    static func models(_ v: Int, in p: Problem) -> Bool {
        p.windowOffsets[v &+ 1] &- p.windowOffsets[v] == 1 && p.latenessCostPerTick[v] == 0
            && p.predecessor[v] < 0 && !p.hasSuccessors[v]
    }

    /// A run that no arrival fits (a placeholder for runs with visits that are not modelled).
    static let broken = TimingSegment(earliest: Problem.farFuture, latest: Problem.farPast, duration: 0)

    /// A run with the given figures.
    init(earliest: Int, latest: Int, duration: Int) {
        self.earliest = earliest
        self.latest = latest
        self.duration = duration
    }

    /// This run, `travel` ticks of driving, then `next`; `nil` when no arrival time keeps every
    /// window of both.
    @inline(__always)
    func followed(by next: TimingSegment, travel: Int) -> TimingSegment? {
        let shift = duration &+ travel
        guard earliest &+ shift <= next.latest else { return nil }
        return TimingSegment(
            earliest: max(earliest, next.earliest &- shift), latest: min(latest, next.latest &- shift),
            duration: shift &+ next.duration)
    }

    /// The finish of the last visit when arriving at the first at `arrival`; `nil` when a window
    /// breaks.
    @inline(__always)
    func finish(arrivingAt arrival: Int) -> Int? {
        arrival <= latest ? max(arrival, earliest) &+ duration : nil
    }
}
