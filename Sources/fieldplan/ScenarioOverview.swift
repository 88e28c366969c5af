import FieldPlan

/// What `fieldplan info` reports about a scenario: sizes, a skills matrix and visits that no
/// technician could serve, found without planning.
struct ScenarioOverview {
    /// One row of the skills matrix.
    struct SkillRow {
        /// The skill.
        var skill: String
        /// The level.
        var level: Int
        /// Technicians holding the skill at this level or above.
        var technicians: Int
        /// Visits requiring the skill at exactly this level.
        var visits: Int
    }

    /// A visit no technician can serve, and why.
    struct Obstacle {
        /// The visit's id.
        var visit: String
        /// Why it cannot be served.
        var reason: String
    }

    /// Labelled counts, in display order.
    private(set) var sizes: [(String, String)] = []
    /// The skills matrix, by skill then level.
    private(set) var skills: [SkillRow] = []
    /// Visits that cannot be served whatever the plan.
    private(set) var obstacles: [Obstacle] = []

    /// Examines a scenario.
    init(scenario: Scenario) {
        let clock = ClockFormatter(scenario: scenario)
        let visits = scenario.visits, technicians = scenario.technicians
        let service = visits.reduce(0) { $0 + $1.duration }
        let shifts = technicians.reduce(0) { $0 + clock.minutes($1.shift.end) - clock.minutes($1.shift.start) }
        let withSLA = visits.filter { $0.sla != nil }.count
        let hardSLA = visits.filter { $0.sla?.hard == true }.count
        sizes = [
            ("technicians", "\(technicians.count)"),
            ("visits", "\(visits.count)"),
            ("mandatory", "\(visits.filter(\.mandatory).count)"),
            ("with SLA (hard)", "\(withSLA) (\(hardSLA))"),
            ("with time windows", "\(visits.filter { !$0.timeWindows.isEmpty }.count)"),
            ("follow-ups", "\(visits.filter { $0.followUp != nil }.count)"),
            ("pinned to a technician", "\(visits.filter { $0.pinnedTechnician != nil }.count)"),
            ("pinned to a start", "\(visits.filter { $0.pinnedStart != nil }.count)"),
            ("service minutes / shift minutes", String(format: "%.0f / %.0f", service, shifts)),
        ]

        let names = scenario.skills
            ?? Array(Set(technicians.flatMap(\.skills.keys) + visits.flatMap(\.skills.keys))).sorted()
        for skill in names {
            let held = technicians.compactMap { $0.skills[skill] }
            let needed = visits.compactMap { $0.skills[skill] }
            let top = max(held.max() ?? 0, needed.max() ?? 0, 1)
            for level in 1...top {
                skills.append(SkillRow(
                    skill: skill, level: level, technicians: held.filter { $0 >= level }.count,
                    visits: needed.filter { $0 == level }.count))
            }
        }

        for visit in visits {
            if let reason = Self.obstacle(visit, technicians: technicians, clock: clock) {
                obstacles.append(Obstacle(visit: visit.id, reason: reason))
            }
        }
    }

    /// Why no technician can serve `visit`, or `nil` when someone might.
    private static func obstacle(_ visit: Visit, technicians: [Technician], clock: ClockFormatter) -> String? {
        let qualified = technicians.filter { technician in
            visit.skills.allSatisfy { (technician.skills[$0.key] ?? Int.min) >= $0.value }
        }
        guard !qualified.isEmpty else {
            let needs = visit.skills.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            return "no technician has the skills (\(needs.joined(separator: ", ")))"
        }
        let allowed = qualified.filter { technician in
            !visit.excludedTechnicians.contains(technician.id)
                && (visit.pinnedTechnician.map { $0 == technician.id } ?? true)
        }
        guard !allowed.isEmpty else { return "every qualified technician is excluded or not the pinned one" }
        var windows = visit.timeWindows.map { (clock.minutes($0.start), clock.minutes($0.end)) }
        if windows.isEmpty { windows = [(-Double.infinity, Double.infinity)] }
        if let pinned = visit.pinnedStart.map(clock.minutes) {
            windows = windows.map { (max($0.0, pinned), min($0.1, pinned)) }
        }
        if let sla = visit.sla, sla.hard {
            let deadline = clock.minutes(sla.deadline)
            windows = windows.map { ($0.0, min($0.1, deadline)) }
        }
        windows = windows.filter { $0.0 <= $0.1 }
        guard !windows.isEmpty else { return "its time windows, pinned start and hard deadline do not meet" }
        let fits = allowed.contains { technician in
            let open = clock.minutes(technician.shift.start)
            let close = clock.minutes(technician.shift.end) + technician.allowedOvertime
            return windows.contains { $0.1 >= open && $0.0 <= close }
        }
        return fits ? nil : "every start window lies outside the shifts of the technicians who may serve it"
    }
}
