import FieldPlanModel
import Foundation

/// A self-contained HTML page for one planned day: KPIs, a Gantt chart per technician, a route
/// map in SVG, and the visits left out with their reasons.
///
/// The page needs no network and no JavaScript: styles are inline and charts are SVG. Every
/// piece of user text (names, ids, addresses, reasons) is escaped.
public struct HTMLDayReport: Sendable {
    /// The scenario the plan answers.
    public let scenario: Scenario
    /// The plan to show.
    public let plan: Plan

    /// Creates a report for a plan of a scenario.
    public init(scenario: Scenario, plan: Plan) {
        self.scenario = scenario
        self.plan = plan
    }

    /// The whole HTML document.
    public func render() -> String {
        let context = ReportContext(scenario: scenario, plan: plan)
        let clock = context.clock
        let title = HTMLEscaping.escape(scenario.name ?? "Day plan")
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>\(ReportStyle.css)</style>
            </head>
            <body>
            <h1>\(title)</h1>

            """
        html += "<p class=\"meta\">\(subtitle(clock))</p>\n"
        html += ReportKPIs(context: context).html()
        html += ReportGantt(context: context).html()
        html += ReportMap(context: context).html()
        html += ReportLeftOutTable(context: context).html()
        html += "</body>\n</html>\n"
        return html
    }

    private func subtitle(_ clock: ClockText) -> String {
        var parts: [String] = []
        if let date = scenario.date { parts.append(HTMLEscaping.escape(date)) }
        if let zone = clock.zoneName { parts.append("times in " + HTMLEscaping.escape(zone)) }
        parts.append("strategy " + HTMLEscaping.escape(plan.summary.strategy))
        parts.append("seed \(plan.summary.seed)")
        return parts.joined(separator: " · ")
    }
}
