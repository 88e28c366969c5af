/// Stable codes of the constraints a plan can break, one per constraint.
///
/// The raw values are kebab-case and listed in `docs/validator.md`.
public enum ViolationCode: String, CaseIterable, Sendable, Hashable, Codable {
    // MARK: Technicians and routes

    /// A route names a technician the scenario does not have.
    case unknownTechnician = "unknown-technician"
    /// A technician has more than one route.
    case technicianTwice = "technician-twice"
    /// A route has no visit stop.
    case emptyRoute = "empty-route"
    /// A stop whose kind and visit id disagree (a visit stop without id, a break with one).
    case malformedStop = "malformed-stop"
    /// A time of the plan is NaN or infinite.
    case nonFiniteTime = "non-finite-time"
    /// A location the scenario's travel model cannot measure.
    case unroutableLocation = "unroutable-location"

    // MARK: Coverage

    /// A visit id the scenario does not have.
    case unknownVisit = "unknown-visit"
    /// A visit is served more than once.
    case duplicateVisit = "duplicate-visit"
    /// A visit is listed more than once among the visits left out.
    case duplicateLeftOut = "duplicate-left-out"
    /// A visit is both served and listed as left out.
    case servedAndLeftOut = "served-and-left-out"
    /// A visit of the scenario is neither served nor listed as left out.
    case visitUnaccounted = "visit-unaccounted"
    /// A mandatory visit is not served.
    case mandatoryLeftOut = "mandatory-left-out"

    // MARK: Who may serve

    /// The technician lacks a skill the visit requires.
    case skillMissing = "skill-missing"
    /// The technician has the skill at a lower level than required.
    case skillLevelTooLow = "skill-level-too-low"
    /// The technician is excluded from the visit.
    case excludedTechnician = "excluded-technician"
    /// The visit is pinned to another technician.
    case pinnedTechnician = "pinned-technician"

    // MARK: Timing

    /// The route departs before the shift starts.
    case startBeforeShift = "start-before-shift"
    /// A stop is reached sooner than travel (or the previous stop) allows.
    case arrivalTooEarly = "arrival-too-early"
    /// A stop starts before its arrival.
    case startBeforeArrival = "start-before-arrival"
    /// A visit starts outside all of its time windows.
    case outsideTimeWindow = "outside-time-window"
    /// A visit starts after its hard SLA deadline.
    case hardDeadlineMissed = "hard-deadline-missed"
    /// A visit does not start at its pinned start.
    case pinnedStartMissed = "pinned-start-missed"
    /// A stop's end is not its start plus its duration.
    case wrongDuration = "wrong-duration"
    /// The route ends before the technician can be back (or before its last stop ends).
    case returnTooEarly = "return-too-early"
    /// The route ends after the shift end plus the allowed overtime.
    case overtimeExceeded = "overtime-exceeded"
    /// The route lasts longer than the technician's maximum working time.
    case maxWorkingTimeExceeded = "max-working-time-exceeded"

    // MARK: Breaks

    /// A break the technician owes is not taken.
    case breakMissing = "break-missing"
    /// A break starts outside the window of the break rule it stands for.
    case breakOutsideWindow = "break-outside-window"
    /// A break stop beyond the technician's break rules (a duplicate or extra break).
    case extraBreak = "extra-break"

    // MARK: Load

    /// The route serves more visits than the technician's maximum.
    case maxVisitsExceeded = "max-visits-exceeded"
    /// The route's total demand exceeds the technician's capacity.
    case capacityExceeded = "capacity-exceeded"

    // MARK: Follow-ups

    /// A follow-up is served but its predecessor is not.
    case followUpPredecessorLeftOut = "follow-up-predecessor-left-out"
    /// A follow-up starts before its predecessor's end plus the minimum gap.
    case followUpTooEarly = "follow-up-too-early"
    /// A follow-up that needs the same technician is served by another.
    case followUpDifferentTechnician = "follow-up-different-technician"

    // MARK: Summary

    /// A total of the plan's summary differs from the recomputation.
    case summaryMismatch = "summary-mismatch"
    /// The scenario's date or time zone cannot be resolved; clock times were read as nominal.
    case unresolvableTime = "unresolvable-time"
}
