import FieldPlan
import Foundation

/// The text `fieldplan explain` prints for one visit.
struct VisitExplanationText {
    let scenario: Scenario
    let plan: Plan
    let visit: Visit
    private let clock: ClockText

    init(scenario: Scenario, plan: Plan, visit: Visit) {
        self.scenario = scenario
        self.plan = plan
        self.visit = visit
        self.clock = ClockText(scenario: scenario)
    }

    /// What the visit asks for: customer, duration, skills, windows, SLA, priority.
    func header() -> String {
        var lines = ["Visit \(visit.id)" + (visit.customer.map { " (\($0))" } ?? "")]
        var facts = ["\(ClockText.duration(visit.duration))", "priority \(visit.priority)"]
        if visit.mandatory { facts.append("mandatory") }
        if !visit.skills.isEmpty {
            facts.append("needs " + visit.skills.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                .joined(separator: ", "))
        }
        if !visit.timeWindows.isEmpty {
            facts.append("windows " + visit.timeWindows.map {
                clock.text(clock.minutes($0.start)) + "–" + clock.text(clock.minutes($0.end))
            }.joined(separator: ", "))
        }
        if let sla = visit.sla {
            facts.append("SLA \(sla.hard ? "hard" : "soft") deadline \(clock.text(clock.minutes(sla.deadline)))")
        }
        lines.append("  " + facts.joined(separator: " · "))
        return lines.joined(separator: "\n")
    }

    /// Reasons and each technician's option for a visit left out.
    func leftOut(_ leftOut: LeftOutVisit) -> String {
        var lines = ["Left out" + (leftOut.penalty.map { String(format: " (penalty %.2f)", $0) } ?? "") + ":"]
        lines += leftOut.reasons.map { "  - \($0.message) [\($0.code.rawValue)]" }
        if !leftOut.options.isEmpty {
            lines.append("Options (cheapest insertion into this plan's routes):")
            lines += optionLines(leftOut.options)
        }
        return lines.joined(separator: "\n")
    }

    /// When and by whom a served visit is done, its lateness, and each technician's alternative.
    func served(alternatives: [InsertionOption]?) -> String {
        var lines: [String] = []
        for route in plan.routes {
            guard let index = route.visitIDs.firstIndex(of: visit.id),
                  let stop = route.stops.first(where: { $0.visit == visit.id }) else { continue }
            lines.append("Served by \(route.technician): stop \(index + 1) of \(route.visitIDs.count), arrives "
                + "\(clock.text(stop.arrival)), starts \(clock.text(stop.start)), ends \(clock.text(stop.end))")
        }
        if let late = plan.lateVisits.first(where: { $0.visit == visit.id }) {
            lines.append("  late: \(late.reason)")
        }
        guard let alternatives else {
            lines.append("(the plan's routes could not be rebuilt; no alternatives computed)")
            return lines.joined(separator: "\n")
        }
        lines.append("Alternatives (cheapest insertion were it taken out of its route; its own technician's "
            + "cost is the cost of keeping it):")
        lines += optionLines(alternatives)
        return lines.joined(separator: "\n")
    }

    private func optionLines(_ options: [InsertionOption]) -> [String] {
        let width = options.map(\.technician.count).max() ?? 0
        let sorted = options.filter(\.isFeasible).sorted { ($0.extraCost ?? .infinity) < ($1.extraCost ?? .infinity) }
            + options.filter { !$0.isFeasible }
        return sorted.map { option in
            let name = option.technician.padding(toLength: width, withPad: " ", startingAt: 0)
            guard option.isFeasible else { return "  \(name)  cannot: \(option.obstacle ?? "")" }
            var parts: [String] = []
            if let start = option.start { parts.append("start \(clock.text(start))") }
            parts.append(option.after.map { "after \($0)" } ?? "as first visit")
            if let travel = option.extraTravelMinutes { parts.append(String(format: "%+.0f min travel", travel)) }
            if let distance = option.extraDistance { parts.append(String(format: "%+.1f distance", distance)) }
            if let overtime = option.extraOvertime, abs(overtime) > 0.5 {
                parts.append(String(format: "%+.0f min overtime", overtime))
            }
            if let cost = option.extraCost { parts.append(String(format: "cost %+.2f", cost)) }
            return "  \(name)  " + parts.joined(separator: ", ")
        }
    }
}
