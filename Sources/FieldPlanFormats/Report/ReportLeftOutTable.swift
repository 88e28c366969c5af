import FieldPlanModel

/// The table of visits left out: the plan's reasons, the penalty, and each technician's cheapest
/// insertion (or why they cannot take it).
struct ReportLeftOutTable {
    /// The shared lookups.
    let context: ReportContext

    /// The section as HTML.
    func html() -> String {
        var html = "<h2>Visits left out (\(context.plan.unassigned.count))</h2>\n"
        guard !context.plan.unassigned.isEmpty else {
            return html + "<p class=\"ok\">Every visit is served.</p>\n"
        }
        html += "<table class=\"left-out\"><thead><tr><th>visit</th><th>customer</th><th class=\"num\">priority</th>"
            + "<th>mandatory</th><th class=\"num\">penalty</th><th>reasons</th><th>who could take it</th>"
            + "</tr></thead><tbody>\n"
        for leftOut in context.plan.unassigned {
            let visit = context.visits[leftOut.visit]
            let reasons = leftOut.reasons.map {
                "<li><code>\(HTMLEscaping.escape($0.code.rawValue))</code> \(HTMLEscaping.escape($0.message))</li>"
            }.joined()
            html += "<tr><td>\(HTMLEscaping.escape(leftOut.visit))</td>"
                + "<td>\(HTMLEscaping.escape(visit?.customer ?? ""))</td>"
                + "<td class=\"num\">\(visit.map { String($0.priority) } ?? "")</td>"
                + "<td>\(visit?.mandatory == true ? "<b class=\"late\">yes</b>" : "no")</td>"
                + "<td class=\"num\">\(leftOut.penalty.map { ReportContext.number($0, digits: 2) } ?? "–")</td>"
                + "<td><ul class=\"reasons\">\(reasons)</ul></td><td>\(options(leftOut))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    private func options(_ leftOut: LeftOutVisit) -> String {
        guard !leftOut.options.isEmpty else {
            return leftOut.reasons.contains { $0.code == .notAnalysed } ? "not analysed in time" : "–"
        }
        let feasible = leftOut.options.filter(\.isFeasible)
            .sorted { ($0.extraCost ?? .infinity) < ($1.extraCost ?? .infinity) }
        let blocked = leftOut.options.filter { !$0.isFeasible }
        var html = ""
        if !feasible.isEmpty {
            html += "<ul class=\"reasons\">" + feasible.map { option in
                "<li>\(context.technicianName(option.technician)): \(figures(option))</li>"
            }.joined() + "</ul>"
        } else {
            html += "nobody in this plan"
        }
        if !blocked.isEmpty {
            html += "<details><summary>\(blocked.count) cannot</summary><ul class=\"reasons\">" + blocked.map { option in
                "<li>\(context.technicianName(option.technician)): \(HTMLEscaping.escape(option.obstacle ?? ""))</li>"
            }.joined() + "</ul></details>"
        }
        return html
    }

    private func figures(_ option: InsertionOption) -> String {
        let n = ReportContext.number
        var parts: [String] = []
        if let start = option.start { parts.append("at \(context.clock.text(start))") }
        if let after = option.after { parts.append("after \(HTMLEscaping.escape(after))") }
        if let travel = option.extraTravelMinutes { parts.append("+\(n(travel, 0)) min travel") }
        if let overtime = option.extraOvertime, overtime > 0.5 { parts.append("+\(n(overtime, 0)) min overtime") }
        if let cost = option.extraCost { parts.append("extra cost \(n(cost, 2))") }
        return parts.joined(separator: ", ")
    }
}
