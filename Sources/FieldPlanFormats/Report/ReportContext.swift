import FieldPlanModel

/// Lookups shared by the report's sections: visits and technicians by id, timelines, the clock.
struct ReportContext {
    /// The scenario.
    let scenario: Scenario
    /// The plan.
    let plan: Plan
    /// The clock for showing times.
    let clock: ClockText
    /// Visits by id.
    let visits: [String: Visit]
    /// Technicians by id.
    let technicians: [String: Technician]
    /// One timeline per route, in the plan's order.
    let timelines: [ReportTimeline]

    /// Builds the lookups for a plan of a scenario.
    init(scenario: Scenario, plan: Plan) {
        self.scenario = scenario
        self.plan = plan
        self.clock = ClockText(scenario: scenario)
        let visits = Dictionary(scenario.visits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let technicians = Dictionary(scenario.technicians.map { ($0.id, $0) },
                                     uniquingKeysWith: { first, _ in first })
        self.visits = visits
        self.technicians = technicians
        let travel = TravelCalculator(settings: scenario.travel, convention: plan.summary.distanceConvention)
        self.timelines = plan.routes.map {
            ReportTimeline(route: $0, visits: visits, technician: technicians[$0.technician], travel: travel)
        }
    }

    /// A technician's display name (their id when they have no name), escaped.
    func technicianName(_ id: String) -> String {
        HTMLEscaping.escape(technicians[id]?.name ?? id)
    }

    /// Minutes since the origin of a visit's SLA deadline, when it has one.
    func deadline(of visit: Visit) -> Double? {
        visit.sla.map { clock.minutes($0.deadline) }
    }

    /// A number with `digits` decimals.
    static func number(_ value: Double, digits: Int = 1) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value > 0 ? "∞" : "−∞") }
        return String(format: "%.\(digits)f", value)
    }
}
