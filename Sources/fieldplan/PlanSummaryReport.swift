import FieldPlan
import Foundation

/// The readable summary `solve` prints: routes per technician, visits left out and why, totals,
/// and the validator's verdict.
struct PlanSummaryReport {
    /// The scenario planned.
    let scenario: Scenario
    /// The plan found.
    let plan: Plan
    /// The validator's report on the plan.
    let validation: ValidationReport
    /// The distance convention the plan was solved in.
    let convention: DistanceConvention

    private var clock: ClockFormatter { ClockFormatter(scenario: scenario) }

    /// Mandatory visits no route serves, in scenario order.
    var mandatoryLeftOut: [String] { plan.mandatoryVisitsLeftOut(of: scenario) }

    /// The summary as text, ending with a newline.
    func render() -> String {
        var text = header() + "\n" + routes() + "\n" + leftOut() + "\n" + totals() + "\n" + verdict()
        if !text.hasSuffix("\n") { text += "\n" }
        return text
    }

    private var unit: String { scenario.travel.kind == .geographic ? " km" : "" }

    private func header() -> String {
        var title = scenario.name ?? "Plan"
        if let date = scenario.date { title += " — \(date)" + (scenario.timeZone.map { ", \($0)" } ?? "") }
        let summary = plan.summary
        let provenance = "strategy \(summary.strategy), seed \(summary.seed), "
            + String(format: "%.1f s, ", summary.elapsedSeconds) + summary.status.rawValue
        let gap = (summary.bound.map { String(format: ", bound %.2f", $0) } ?? "")
            + (summary.gap.map { String(format: ", gap %.2f %%", $0 * 100) } ?? "")
        return title + "\n" + provenance + gap + "\n"
    }

    private func routes() -> String {
        var table = TextTable([
            ("Technician", .left), ("Name", .left), ("Visits", .right), ("Start", .right), ("End", .right),
            ("Travel", .right), ("Distance", .right), ("Overtime", .right),
        ])
        let byTechnician = Dictionary(plan.routes.map { ($0.technician, $0) }, uniquingKeysWith: { a, _ in a })
        for technician in scenario.technicians {
            let name = technician.name ?? ""
            guard let route = byTechnician[technician.id] else {
                table.append([technician.id, name, "0", "-", "-", "-", "-", "-"])
                continue
            }
            let figures = RouteFigures(
                route: route, technician: technician, scenario: scenario, convention: convention, clock: clock)
            table.append([
                technician.id, name, "\(figures.visits)", clock.text(route.start), clock.text(route.end),
                String(format: "%.0f min", figures.travelMinutes), String(format: "%.1f", figures.distance) + unit,
                figures.overtime > 0.5 ? String(format: "%.0f min", figures.overtime) : "-",
            ])
        }
        for route in plan.routes where !scenario.technicians.contains(where: { $0.id == route.technician }) {
            table.append([route.technician, "(not in the scenario)", "\(route.visitIDs.count)",
                          clock.text(route.start), clock.text(route.end), "?", "?", "?"])
        }
        return "Routes\n" + table.render()
    }

    private func leftOut() -> String {
        let served = Set(plan.routes.flatMap(\.visitIDs)).count
        let mandatory = Set(mandatoryLeftOut)
        var text = "Visits: \(served) of \(scenario.visits.count) served, \(plan.unassigned.count) left out"
        text += mandatory.isEmpty ? " (none mandatory)\n" : " (\(mandatory.count) MANDATORY)\n"
        guard !plan.unassigned.isEmpty else { return text }
        let width = plan.unassigned.map(\.visit.count).max() ?? 0
        for visit in plan.unassigned {
            let name = visit.visit.padding(toLength: width, withPad: " ", startingAt: 0)
            let flag = mandatory.contains(visit.visit) ? "  MANDATORY" : ""
            let reasons = visit.reasons.isEmpty
                ? "no reason given"
                : visit.reasons.map { "\($0.message) [\($0.code.rawValue)]" }.joined(separator: "; ")
            text += "  \(name)  \(reasons)\(flag)\n"
        }
        return text
    }

    private func totals() -> String {
        let costs = validation.recomputed
        return "Totals: " + [
            "\(costs.routes) routes",
            String(format: "distance %.1f", costs.distance) + unit,
            String(format: "travel %.0f min", costs.travelTime),
            String(format: "lateness %.0f min", costs.lateness),
            String(format: "overtime %.0f min", costs.overtime),
            String(format: "cost %.2f", costs.cost),
        ].joined(separator: ", ") + "\n"
    }

    private func verdict() -> String {
        guard !validation.isValid else { return "Validation: plan is valid\n" }
        let count = validation.violations.count
        return "Validation: \(count) violation\(count == 1 ? "" : "s")\n"
            + validation.violations.map { "  \($0)\n" }.joined()
    }
}
