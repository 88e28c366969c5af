import FieldPlan
import Foundation

/// Makes synthetic field-service scenarios, deterministic for a seed.
///
/// A 100 × 100 km plane with Euclidean travel at 1.2 minutes per km (50 km/h), on Monday
/// 2026-11-30 in Europe/Berlin with clock times. Technicians have two or three of the scenario's
/// four to six skills at levels 1–3, shifts from 07:00–08:00 to 15:30–17:00, a 30-minute lunch
/// break starting 11:30–13:30 and 30 minutes of allowed overtime. Visits need one or two skills,
/// last 30–90 minutes, and carry time windows, soft (and a few hard) SLA deadlines, follow-ups,
/// priorities and penalties; about a quarter are mandatory; a few are pinned to, prefer or exclude
/// technicians.
///
/// Every visit, mandatory ones included, has a technician who could serve it alone: the skills,
/// a window start reachable from home within the shift with room for the lunch break and the way
/// back, and any hard deadline met. This is enforced while generating (see
/// ``soloStart(_:technician:)``), not hoped for.
public enum ScenarioGenerator {
    /// Where visits lie.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Visits gather around a few town centres.
        case clustered
        /// Visits are spread uniformly.
        case random
        /// Half clustered, half uniform.
        case mixed
    }

    /// How narrow the visits' time windows are.
    public enum WindowStyle: String, Sendable, Hashable, CaseIterable {
        /// One- to two-hour windows.
        case tight
        /// Half-day windows or none.
        case wide
        /// Some of each.
        case mixed
    }

    /// Minutes of travel per km.
    public static let minutesPerUnit = 1.2
    /// The skills scenarios draw from, in order.
    public static let skillNames = ["electrical", "gas", "heating", "plumbing", "ventilation", "refrigeration"]
    /// The lunch break: 30 minutes starting between 11:30 and 13:30.
    static let lunch = (duration: 30.0, earliest: 690.0, latest: 810.0)
    /// Slack, in minutes, kept in every feasibility margin against rounding.
    static let slack = 1.0

    /// Generates a scenario.
    /// - Throws: ``BenchmarkError/invalidConfiguration(_:)`` when `visits` is negative or
    ///   `technicians` is less than one.
    public static func generate(
        visits visitCount: Int, technicians technicianCount: Int, seed: UInt64, kind: Kind = .mixed,
        windows: WindowStyle = .mixed
    ) throws(BenchmarkError) -> Scenario {
        guard visitCount >= 0 else { throw .invalidConfiguration("the number of visits must not be negative") }
        guard technicianCount >= 1 else { throw .invalidConfiguration("at least one technician is needed") }
        var rng = SplitMix64(seed: seed)
        let skills = Array(skillNames.prefix(rng.int(4...6)))
        let technicians = (0..<technicianCount).map { makeTechnician($0, skills: skills, rng: &rng) }
        let centres = (0..<max(2, min(8, visitCount / 15))).map { _ in
            (rng.double(15...85), rng.double(15...85))
        }
        var visits: [Visit] = []
        for index in 0..<visitCount {
            let clustered = kind == .clustered || (kind == .mixed && rng.chance(0.5))
            let location = clustered ? pointNear(centres[rng.int(0...(centres.count - 1))], rng: &rng) : uniformPoint(rng: &rng)
            let windowStyle = windows == .mixed ? (rng.chance(0.5) ? WindowStyle.tight : .wide) : windows
            visits.append(makeVisit(
                index, location: location, technicians: technicians, windows: windowStyle,
                earlier: visits, rng: &rng))
        }
        return Scenario(
            name: "generated-\(kind.rawValue)-\(windows.rawValue)-\(visitCount)x\(technicianCount)-seed\(seed)",
            date: "2026-11-30", timeZone: "Europe/Berlin", skills: skills,
            travel: TravelSettings(kind: .euclidean, minutesPerUnit: minutesPerUnit),
            objective: ObjectiveSettings(), technicians: technicians, visits: visits)
    }

    static func makeTechnician(_ index: Int, skills: [String], rng: inout SplitMix64) -> Technician {
        var own: [String: Int] = [:]
        let count = min(skills.count, rng.int(2...3))
        own[skills[index % skills.count]] = 3
        while own.count < count {
            own[skills[rng.int(0...(skills.count - 1))]] = rng.int(1...3)
        }
        let start = [420, 450, 480][rng.int(0...2)]
        let end = start + [510, 540][rng.int(0...1)]
        return Technician(
            id: String(format: "T%02d", index + 1), name: "Technician \(index + 1)", skills: own,
            start: uniformPoint(low: 10, high: 90, rng: &rng),
            shift: Shift(start: clock(Double(start)), end: clock(Double(end))),
            breaks: [Break(duration: lunch.duration, earliestStart: clock(lunch.earliest), latestStart: clock(lunch.latest))],
            allowedOvertime: 30, overtimeCostPerHour: 45, costPerHour: 35, costPerKm: 0.25,
            workDurationFactor: rng.chance(0.2) ? 0.85 : 1)
    }

    static func makeVisit(
        _ index: Int, location: Location, technicians: [Technician], windows: WindowStyle, earlier: [Visit],
        rng: inout SplitMix64
    ) -> Visit {
        let guarantorIndex = rng.int(0...(technicians.count - 1))
        let guarantor = technicians[guarantorIndex]
        let owned = guarantor.skills.keys.sorted()
        var required: [String: Int] = [:]
        let first = owned[rng.int(0...(owned.count - 1))]
        required[first] = rng.int(1...(guarantor.skills[first] ?? 1))
        if rng.chance(0.25), let second = owned.first(where: { $0 != first }) {
            required[second] = rng.int(1...(guarantor.skills[second] ?? 1))
        }
        let mandatory = rng.chance(0.25)
        var visit = Visit(
            id: String(format: "V%03d", index + 1), customer: "Customer \(index + 1)", location: location,
            duration: [30.0, 45, 45, 60, 60, 75, 90][rng.int(0...6)], skills: required,
            timeWindows: makeWindows(windows, rng: &rng), priority: rng.int(1...3), mandatory: mandatory)
        if !mandatory && rng.chance(0.3) { visit.penalty = Double(rng.int(3...15) * 100) }
        if soloStart(visit, technician: guarantor) == nil {
            visit.timeWindows = [fallbackWindow(visit, technician: guarantor)]
        }
        let start = soloStart(visit, technician: guarantor) ?? 0
        if rng.chance(0.05) {
            visit.sla = ServiceLevel(deadline: clock(roundUp(start + slack + Double(rng.int(0...120)), 5)), hard: true)
        } else if rng.chance(0.2) {
            visit.sla = ServiceLevel(
                deadline: clock(roundUp(start + Double(rng.int(0...240)), 5)), hard: false,
                penaltyPerMinute: Double(rng.int(1...4)))
        }
        let others = technicians.indices.filter { $0 != guarantorIndex }
        if mandatory && rng.chance(0.08) {
            visit.pinnedTechnician = guarantor.id
        } else if !others.isEmpty && rng.chance(0.06) {
            visit.excludedTechnicians = [technicians[others[rng.int(0...(others.count - 1))]].id]
        }
        if rng.chance(0.12) {
            visit.preferredTechnicians = [technicians[rng.int(0...(technicians.count - 1))].id]
                .filter { !visit.excludedTechnicians.contains($0) && (visit.pinnedTechnician ?? $0) == $0 }
        }
        if !mandatory, !earlier.isEmpty, rng.chance(0.08) {
            let predecessor = earlier[rng.int(0...(earlier.count - 1))]
            visit.followUp = FollowUp(after: predecessor.id, minGap: Double(rng.int(0...4) * 30), sameTechnician: rng.chance(0.3))
        }
        return visit
    }

    static func makeWindows(_ style: WindowStyle, rng: inout SplitMix64) -> [TimeWindow] {
        switch style {
        case .tight:
            let start = Double(rng.int(96...180) * 5)
            let window = TimeWindow(start: clock(start), end: clock(start + Double(rng.int(4...8) * 15)))
            guard rng.chance(0.2) else { return [window] }
            let later = start + Double(rng.int(16...24) * 15)
            return later + 60 <= 960 ? [window, TimeWindow(start: clock(later), end: clock(later + 60))] : [window]
        case .wide:
            switch rng.int(0...3) {
            case 0: return [TimeWindow(start: clock(480), end: clock(720))]
            case 1: return [TimeWindow(start: clock(720), end: clock(960))]
            case 2: return [TimeWindow(start: clock(540), end: clock(900))]
            default: return []
            }
        case .mixed:
            return makeWindows(rng.chance(0.5) ? .tight : .wide, rng: &rng)
        }
    }

    /// A window the technician can always serve alone: starting when they can first arrive.
    static func fallbackWindow(_ visit: Visit, technician: Technician) -> TimeWindow {
        let shiftStart = technician.shift.start.nominalMinutes
        let start = roundUp(shiftStart + travelMinutes(technician.start, visit.location, technician) + slack, 15)
        return TimeWindow(start: clock(start), end: clock(start + 120))
    }

    /// The start of service when `technician` serves `visit` alone, or `nil` when they cannot.
    ///
    /// The schedule is the simplest one: leave home at the shift start, serve at the first window
    /// start reachable, take lunch right after (or, failing that, at home before leaving at
    /// 11:30), and come back by the shift end; the hard deadline, if any, must be met. Skills,
    /// pins and exclusions are checked too. Clock times are read as nominal minutes (the plan date
    /// has no daylight-saving change).
    public static func soloStart(_ visit: Visit, technician: Technician) -> Double? {
        guard visit.skills.allSatisfy({ technician.skills[$0.key, default: -1] >= $0.value }),
              !visit.excludedTechnicians.contains(technician.id),
              (visit.pinnedTechnician ?? technician.id) == technician.id
        else { return nil }
        let shiftStart = technician.shift.start.nominalMinutes, shiftEnd = technician.shift.end.nominalMinutes
        let travel = travelMinutes(technician.start, visit.location, technician)
        let duration = visit.duration * technician.workDurationFactor
        let deadline = visit.sla.flatMap { $0.hard ? $0.deadline.nominalMinutes : nil } ?? .infinity
        func start(notBefore earliest: Double) -> Double? {
            let windows = visit.timeWindows.map { ($0.start.nominalMinutes, $0.end.nominalMinutes) }.sorted { $0.0 < $1.0 }
            if windows.isEmpty { return earliest }
            guard let open = windows.first(where: { $0.1 >= earliest + slack }) else { return nil }
            return max(earliest, open.0)
        }
        if let s = start(notBefore: shiftStart + travel), s <= deadline - slack {
            let done = s + duration
            if done + travel <= min(lunch.earliest, shiftEnd) - slack { return s }
            if done <= lunch.latest - slack, max(done, lunch.earliest) + lunch.duration + travel <= shiftEnd - slack {
                return s
            }
        }
        if let s = start(notBefore: lunch.earliest + lunch.duration + travel), s <= deadline - slack,
           s + duration + travel <= shiftEnd - slack, shiftStart <= lunch.earliest {
            return s
        }
        return nil
    }

    static func travelMinutes(_ a: Location, _ b: Location, _ technician: Technician) -> Double {
        let calculator = TravelCalculator(settings: TravelSettings(kind: .euclidean, minutesPerUnit: minutesPerUnit), convention: .exact)
        return (calculator.minutes(from: a, to: b) ?? 0) / technician.speedFactor
    }

    static func uniformPoint(low: Double = 0, high: Double = 100, rng: inout SplitMix64) -> Location {
        .planar(x: rounded(rng.double(low...high)), y: rounded(rng.double(low...high)))
    }

    static func pointNear(_ centre: (Double, Double), rng: inout SplitMix64) -> Location {
        let x = min(100, max(0, rng.normal(mean: centre.0, deviation: 6)))
        let y = min(100, max(0, rng.normal(mean: centre.1, deviation: 6)))
        return .planar(x: rounded(x), y: rounded(y))
    }

    static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    static func roundUp(_ minutes: Double, _ step: Double) -> Double { (minutes / step).rounded(.up) * step }

    /// A clock time from whole minutes since midnight.
    static func clock(_ minutes: Double) -> TimePoint {
        let whole = Int(minutes.rounded())
        return .clock(hour: whole / 60, minute: whole % 60, second: 0)
    }
}
