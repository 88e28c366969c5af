import FieldPlanModel

/// The report's key figures: headline cards, visits by priority, SLAs, and one row per technician.
struct ReportKPIs {
    /// The shared lookups.
    let context: ReportContext

    /// The KPI section as HTML.
    func html() -> String {
        cards() + priorityTable() + slaTable() + technicianTable()
    }

    private func cards() -> String {
        let s = context.plan.summary
        let n = ReportContext.number
        let items: [(String, String)] = [
            ("\(s.assigned) / \(s.assigned + s.unassigned)", "visits served"),
            ("\(s.unassigned)", "left out"),
            ("\(s.routes)", "technicians working"),
            (n(s.travelTime / 60, 1) + " h", "travel time"),
            (n(s.distance, 1) + distanceUnit, "distance"),
            (n(s.overtime, 0) + " min", "overtime"),
            (n(s.lateness, 0) + " min", "SLA lateness"),
            (n(s.cost, 2), "cost"),
        ]
        let body = items.map { "<div class=\"card\"><b>\($0.0)</b><span>\($0.1)</span></div>" }.joined()
        return "<h2>Key figures</h2>\n<div class=\"cards\">\(body)</div>\n"
    }

    private var distanceUnit: String {
        context.scenario.travel.kind == .geographic ? " km" : ""
    }

    private func servedStops() -> [(visit: Visit, stop: Stop)] {
        context.plan.routes.flatMap { route in
            route.stops.compactMap { stop in
                stop.visit.flatMap { context.visits[$0] }.map { ($0, stop) }
            }
        }
    }

    private func priorityTable() -> String {
        let served = Set(servedStops().map(\.visit.id))
        let priorities = Set(context.scenario.visits.map(\.priority)).sorted(by: >)
        var rows = ""
        for priority in priorities {
            let all = context.scenario.visits.filter { $0.priority == priority }
            let done = all.filter { served.contains($0.id) }.count
            rows += "<tr><td>\(priority)</td><td class=\"num\">\(all.count)</td><td class=\"num\">\(done)</td>"
                + "<td class=\"num\">\(all.count - done)</td></tr>\n"
        }
        return "<h2>Visits by priority</h2>\n<table class=\"priorities\"><thead><tr><th>priority</th>"
            + "<th class=\"num\">visits</th><th class=\"num\">served</th><th class=\"num\">left out</th>"
            + "</tr></thead><tbody>\n\(rows)</tbody></table>\n"
    }

    private func slaTable() -> String {
        var met = 0, late = 0, lateMinutes = 0.0
        var lateRows = ""
        for (visit, stop) in servedStops() {
            guard let deadline = context.deadline(of: visit) else { continue }
            if stop.start <= deadline + 1e-6 {
                met += 1
            } else {
                late += 1
                lateMinutes += stop.start - deadline
                let why = context.plan.lateVisits.first { $0.visit == visit.id }?.reason ?? ""
                lateRows += "<tr><td>\(HTMLEscaping.escape(visit.id))</td>"
                    + "<td>\(context.clock.text(deadline))</td><td>\(context.clock.text(stop.start))</td>"
                    + "<td class=\"num late\">\(ReportContext.number(stop.start - deadline, digits: 0))</td>"
                    + "<td>\(HTMLEscaping.escape(why))</td></tr>\n"
            }
        }
        let missed = context.plan.unassigned.filter { context.visits[$0.visit]?.sla != nil }.count
        var html = "<h2>Service levels</h2>\n<table class=\"sla\"><thead><tr><th>SLA visits</th>"
            + "<th class=\"num\">met</th><th class=\"num\">late</th><th class=\"num\">minutes late</th>"
            + "<th class=\"num\">left out</th></tr></thead><tbody><tr><td>\(met + late + missed)</td>"
            + "<td class=\"num ok\">\(met)</td><td class=\"num late\">\(late)</td>"
            + "<td class=\"num\">\(ReportContext.number(lateMinutes, digits: 0))</td>"
            + "<td class=\"num\">\(missed)</td></tr></tbody></table>\n"
        if !lateRows.isEmpty {
            html += "<table class=\"late-visits\"><thead><tr><th>late visit</th><th>deadline</th><th>start</th>"
                + "<th class=\"num\">minutes late</th><th>why</th></tr></thead><tbody>\n\(lateRows)</tbody></table>\n"
        }
        return html
    }

    private func technicianTable() -> String {
        let n = ReportContext.number
        var rows = ""
        for timeline in context.timelines {
            let route = timeline.route
            let shift = timeline.technician.map {
                context.clock.minutes($0.shift.end) - context.clock.minutes($0.shift.start)
            } ?? (route.end - route.start)
            let work = timeline.minutes(.work)
            let utilisation = shift > 0 ? work / shift * 100 : 0
            let summary = route.summary
            rows += "<tr><td>\(context.technicianName(route.technician))</td>"
                + "<td class=\"num\">\(route.visitIDs.count)</td>"
                + "<td>\(context.clock.text(route.start))</td><td>\(context.clock.text(route.end))</td>"
                + "<td class=\"num\">\(n(work, 0))</td>"
                + "<td class=\"num\">\(n(summary?.travelTime ?? timeline.minutes(.travel), 0))</td>"
                + "<td class=\"num\">\(summary.map { n($0.distance, 1) } ?? "–")</td>"
                + "<td class=\"num\">\(n(timeline.minutes(.rest), 0))</td>"
                + "<td class=\"num\">\(n(timeline.minutes(.idle), 0))</td>"
                + "<td class=\"num\">\(summary.map { n($0.overtime, 0) } ?? "–")</td>"
                + "<td class=\"num\">\(n(utilisation, 0)) %</td>"
                + "<td class=\"num\">\(summary.map { n($0.cost, 2) } ?? "–")</td></tr>\n"
        }
        return "<h2>Technicians</h2>\n<table class=\"technicians\"><thead><tr><th>technician</th>"
            + "<th class=\"num\">visits</th><th>leaves</th><th>back</th><th class=\"num\">work min</th>"
            + "<th class=\"num\">travel min</th><th class=\"num\">distance\(distanceUnit)</th>"
            + "<th class=\"num\">break min</th><th class=\"num\">idle min</th><th class=\"num\">overtime min</th>"
            + "<th class=\"num\">utilisation</th><th class=\"num\">cost</th></tr></thead><tbody>\n"
            + rows + "</tbody></table>\n<p class=\"legend\">Utilisation: minutes of work over the shift's length.</p>\n"
    }
}
