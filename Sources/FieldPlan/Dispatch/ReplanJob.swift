import FieldPlanModel
import FieldPlanValidator
import Foundation

/// Re-plans the rest of a day at time `now`: started visits stay fixed, events are applied, the
/// rest is re-optimised with a penalty per visit moved to another technician.
///
/// The result's scenario is ``ReplanSetup/merged`` (the whole day as re-planned) and its plan the
/// fixed stops followed by the new plan of each technician, checked by the validator.
public struct ReplanJob: Sendable {
    /// The plan's scenario.
    public var scenario: Scenario
    /// The plan technicians were told about.
    public var plan: Plan
    /// Re-planning time, minutes since the plan's origin.
    public var now: Double
    /// What happened.
    public var events: ReplanEvents
    /// Cost of moving a visit to another technician.
    public var movePenalty: Double
    /// The search.
    public var search: PlanningConfig.Search

    /// Creates a job.
    public init(
        scenario: Scenario, plan: Plan, now: Double, events: ReplanEvents, movePenalty: Double = 50,
        search: PlanningConfig.Search = .init()
    ) {
        self.scenario = scenario
        self.plan = plan
        self.now = now
        self.events = events
        self.movePenalty = movePenalty
        self.search = search
    }

    /// Re-plans and validates.
    /// - Throws: ``ScenarioError`` for bad events or an invalid remainder, ``PlannerError`` for an unknown strategy.
    public func run(
        planner: Planner = Planner(), progress: @escaping @Sendable (ProgressEvent) -> Void = { _ in }
    ) async throws -> DispatchResult {
        let setup = try ReplanSetup(scenario: scenario, plan: plan, now: now, events: events, movePenalty: movePenalty)
        let rest = try await DispatchJob(scenario: setup.remainder, search: search).run(planner: planner, progress: progress)
        return Self.join(setup: setup, rest: rest.plan, strategy: search.strategy, seed: search.seed)
    }

    /// Joins the fixed stops and the plan of the remainder into a plan of the merged scenario.
    public static func join(setup: ReplanSetup, rest: Plan, strategy: String, seed: UInt64) -> DispatchResult {
        let scenario = setup.merged
        let travel = TravelCalculator(settings: scenario.travel, convention: .exact)
        let visits = Dictionary(scenario.visits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newRoutes = Dictionary(rest.routes.map { ($0.technician, $0) }, uniquingKeysWith: { first, _ in first })
        var routes: [Route] = []
        for technician in scenario.technicians {
            let fixed = setup.fixed[technician.id] ?? []
            let later = newRoutes[technician.id]
            guard !fixed.isEmpty || later != nil else { continue }
            guard let firstStart = fixed.first.map({ _ in setup.fixedRouteStart[technician.id] ?? 0 }) ?? later?.start else { continue }
            var end: Double
            if let later {
                end = later.end
            } else {
                end = fixed.last?.end ?? firstStart
                if !technician.openEnd, let last = fixed.last(where: { $0.kind == .visit })?.visit.flatMap({ visits[$0] }) {
                    end += (travel.minutes(from: last.location, to: technician.end ?? technician.start) ?? 0) / technician.speedFactor
                }
            }
            let stops = fixed + (later?.stops ?? [])
            guard stops.contains(where: { $0.kind == .visit }) else { continue }
            routes.append(Route(technician: technician.id, start: firstStart, end: end, stops: stops))
        }
        let unassigned = rest.unassigned + setup.leftOut
        var plan = Plan(routes: routes, unassigned: unassigned, summary: PlanSummary(
            distance: 0, travelTime: 0, routes: 0, assigned: 0, unassigned: 0, lateness: 0, overtime: 0, cost: 0,
            strategy: strategy, seed: seed, elapsedSeconds: rest.summary.elapsedSeconds, distanceConvention: .exact))
        let validator = PlanValidator(scenario: scenario)
        let costs = validator.validate(plan).recomputed
        plan.summary.distance = costs.distance
        plan.summary.travelTime = costs.travelTime
        plan.summary.routes = costs.routes
        plan.summary.assigned = costs.assigned
        plan.summary.unassigned = costs.unassigned
        plan.summary.lateness = costs.lateness
        plan.summary.overtime = costs.overtime
        plan.summary.cost = costs.cost
        return DispatchResult(scenario: scenario, plan: plan, validation: validator.validate(plan))
    }
}
