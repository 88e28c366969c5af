import FieldPlanModel
import Foundation

/// Writes plans in the plan JSON contract.
///
/// ```
/// {"routes": [{"technician", "start", "end", "stops": [
///     {"type": "visit", "visit", "arrival", "start", "end", "waiting"} |
///     {"type": "break", "arrival", "start", "end"}]}],
///  "unassigned": [{"visit", "reasons": [{"code", "message"}], "penalty"?,
///                  "options"?: [{"technician", "obstacle"?, "after"?, "start"?, "extraCost"?,
///                               "extraTravelMinutes"?, "extraDistance"?, "extraOvertime"?}]}],
///  "lateVisits"?: [{"visit", "technician", "deadline", "start", "minutesLate", "earliestStart", "reason"}],
///  "summary": {"distance", "travelTime", "routes", "assigned", "unassigned", "lateness",
///              "overtime", "cost", "status", "bound"?, "gap"?, "strategy", "seed",
///              "elapsedSeconds", "distanceConvention"},
///  "scenario"?: {…the scenario…} | "scenarioFile"?: "next-day.json"}
/// ```
/// Times are minutes when the scenario has no date, otherwise ISO 8601 date-times with the UTC
/// offset of the scenario's time zone. Output is pretty-printed with sorted keys.
public enum PlanWriter {
    /// The plan as JSON; `reference` embeds or names the scenario so the plan can be explained alone.
    public static func json(_ plan: Plan, scenario: Scenario, reference: PlanScenarioReference = .none) -> Data {
        let resolver = TimeResolver(date: scenario.date, timeZone: scenario.timeZone)
        func time(_ minutes: Double) -> PlanDocument.Time {
            if let text = resolver?.isoText(minutes: minutes) { return .text(text) }
            return .minutes(minutes)
        }
        let routes = plan.routes.map { route in
            PlanDocument.RouteEntry(
                technician: route.technician, start: time(route.start), end: time(route.end),
                stops: route.stops.map { stop in
                    PlanDocument.StopEntry(
                        type: stop.kind.rawValue, visit: stop.visit, arrival: time(stop.arrival),
                        start: time(stop.start), end: time(stop.end),
                        waiting: stop.kind == .visit ? stop.waiting : nil)
                },
                summary: route.summary.map {
                    PlanDocument.RouteSummaryEntry(
                        visits: $0.visits, distance: $0.distance, travelTime: $0.travelTime, waiting: $0.waiting,
                        lateness: $0.lateness, overtime: $0.overtime, cost: $0.cost)
                })
        }
        let unassigned = plan.unassigned.map { leftOut in
            PlanDocument.LeftOutEntry(
                visit: leftOut.visit,
                reasons: leftOut.reasons.map { PlanDocument.ReasonEntry(code: $0.code.rawValue, message: $0.message) },
                penalty: leftOut.penalty,
                options: leftOut.options.isEmpty ? nil : leftOut.options.map { option in
                    PlanDocument.OptionEntry(
                        technician: option.technician, obstacle: option.obstacle, after: option.after,
                        start: option.start.map(time), extraCost: option.extraCost,
                        extraTravelMinutes: option.extraTravelMinutes, extraDistance: option.extraDistance,
                        extraOvertime: option.extraOvertime)
                })
        }
        let late = plan.lateVisits.map {
            PlanDocument.LateEntry(
                visit: $0.visit, technician: $0.technician, deadline: time($0.deadline), start: time($0.start),
                minutesLate: $0.minutesLate, earliestStart: time($0.earliestStart), reason: $0.reason)
        }
        let s = plan.summary
        let summary = PlanDocument.SummaryEntry(
            distance: s.distance, travelTime: s.travelTime, routes: s.routes, assigned: s.assigned,
            unassigned: s.unassigned, lateness: s.lateness, overtime: s.overtime, cost: s.cost,
            status: s.status.rawValue, bound: s.bound, gap: s.gap, strategy: s.strategy, seed: s.seed,
            elapsedSeconds: s.elapsedSeconds, distanceConvention: s.distanceConvention.rawValue)
        var document = PlanDocument(
            routes: routes, unassigned: unassigned, summary: summary, lateVisits: late.isEmpty ? nil : late)
        switch reference {
        case .none: break
        case .embedded: document.scenario = scenario
        case .file(let name): document.scenarioFile = name
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let names = PlanDocument.nonFinite
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: names.positiveInfinity, negativeInfinity: names.negativeInfinity, nan: names.nan)
        do {
            return try encoder.encode(document)
        } catch {
            preconditionFailure("a plan document always encodes: \(error)")
        }
    }
}
