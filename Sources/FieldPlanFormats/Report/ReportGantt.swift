import FieldPlanModel
import Foundation

/// The day view: one row per technician with travel, work, breaks and idle time, over the shift.
struct ReportGantt {
    /// The shared lookups.
    let context: ReportContext

    private let labelWidth = 150.0
    private let chartWidth = 900.0
    private let rowHeight = 30.0
    private let axisHeight = 24.0

    /// The section as HTML with an inline SVG.
    func html() -> String {
        var html = "<h2>Day view</h2>\n"
        guard !context.timelines.isEmpty else { return html + "<p>No technician works.</p>\n" }
        let (from, to) = span()
        let height = axisHeight + rowHeight * Double(context.timelines.count) + 4
        let width = labelWidth + chartWidth + 24
        func x(_ minutes: Double) -> Double { labelWidth + (minutes - from) / (to - from) * chartWidth }
        let f = Self.coordinate
        var svg = "<svg class=\"gantt\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" "
            + "height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" "
            + "aria-label=\"day view per technician\">\n"
        var hour = (from / 60).rounded(.up) * 60
        while hour <= to + 1e-9 {
            svg += "<line x1=\"\(f(x(hour)))\" y1=\"\(f(axisHeight - 4))\" x2=\"\(f(x(hour)))\" "
                + "y2=\"\(f(height))\" stroke=\"#e5e8eb\"/>"
                + "<text x=\"\(f(x(hour)))\" y=\"14\" font-size=\"11\" text-anchor=\"middle\" fill=\"#5f6b76\">"
                + "\(context.clock.text(hour))</text>\n"
            hour += 60
        }
        for (row, timeline) in context.timelines.enumerated() {
            let top = axisHeight + rowHeight * Double(row)
            let id = HTMLEscaping.escape(timeline.route.technician)
            svg += "<g class=\"gantt-row\" data-technician=\"\(id)\">"
                + "<text x=\"4\" y=\"\(f(top + rowHeight / 2 + 4))\" font-size=\"12\" fill=\"\(ReportPalette.route(row))\">"
                + "\(context.technicianName(timeline.route.technician))</text>"
            if let technician = timeline.technician {
                let start = context.clock.minutes(technician.shift.start)
                let end = context.clock.minutes(technician.shift.end)
                svg += "<rect class=\"shift\" x=\"\(f(x(start)))\" y=\"\(f(top + 3))\" "
                    + "width=\"\(f(max(0, x(end) - x(start))))\" height=\"\(f(rowHeight - 6))\" fill=\"none\" "
                    + "stroke=\"#8a949e\" stroke-dasharray=\"3 2\"><title>shift \(context.clock.text(start))–"
                    + "\(context.clock.text(end))</title></rect>"
            }
            for segment in timeline.segments {
                let label = segmentLabel(segment)
                svg += "<rect class=\"\(segment.activity.rawValue)\" x=\"\(f(x(segment.start)))\" "
                    + "y=\"\(f(top + 6))\" width=\"\(f(max(0.5, x(segment.end) - x(segment.start))))\" "
                    + "height=\"\(f(rowHeight - 12))\" fill=\"\(ReportPalette.activity(segment.activity))\">"
                    + "<title>\(label)</title></rect>"
                if segment.activity == .work, let visit = segment.visit, x(segment.end) - x(segment.start) > 52 {
                    svg += "<text x=\"\(f(x(segment.start) + 2))\" y=\"\(f(top + rowHeight / 2 + 4))\" "
                        + "font-size=\"10\" fill=\"#fff\">\(HTMLEscaping.escape(Self.short(visit)))</text>"
                }
            }
            svg += "</g>\n"
        }
        svg += "</svg>\n"
        html += svg + legend()
        return html
    }

    private func legend() -> String {
        let items: [(ReportTimeline.Activity, String)] = [
            (.work, "work"), (.travel, "travel"), (.rest, "break"), (.idle, "idle / waiting"),
        ]
        return "<p class=\"legend\">" + items.map {
            "<i style=\"background:\(ReportPalette.activity($0.0))\"></i>\($0.1)"
        }.joined() + "<i style=\"border:1px dashed #8a949e\"></i>shift</p>\n"
    }

    private func segmentLabel(_ segment: ReportTimeline.Segment) -> String {
        let times = context.clock.text(segment.start) + "–" + context.clock.text(segment.end)
        switch segment.activity {
        case .work:
            let visit = segment.visit.map { HTMLEscaping.escape($0) } ?? ""
            let customer = segment.visit.flatMap { context.visits[$0]?.customer }.map {
                " (" + HTMLEscaping.escape($0) + ")"
            } ?? ""
            return "\(visit)\(customer) \(times)"
        case .travel:
            let target = segment.visit.map { " to " + HTMLEscaping.escape($0) } ?? " home"
            return "travel\(target) \(times)"
        case .rest:
            return "break \(times)"
        case .idle:
            return "idle \(times)"
        }
    }

    /// The hours shown: every shift and route, widened to whole hours.
    private func span() -> (Double, Double) {
        var low = Double.infinity, high = -Double.infinity
        for timeline in context.timelines {
            low = min(low, timeline.route.start)
            high = max(high, timeline.route.end)
            if let technician = timeline.technician {
                low = min(low, context.clock.minutes(technician.shift.start))
                high = max(high, context.clock.minutes(technician.shift.end))
            }
        }
        guard low.isFinite, high.isFinite else { return (0, 60) }
        let from = (low / 60).rounded(.down) * 60
        let to = max(from + 60, (high / 60).rounded(.up) * 60)
        return (from, to)
    }

    /// At most 8 characters of a visit id, for labels inside bars.
    static func short(_ id: String) -> String {
        id.count <= 8 ? id : String(id.prefix(7)) + "…"
    }

    /// An SVG coordinate with one decimal.
    static func coordinate(_ value: Double) -> String {
        String(format: "%.1f", value.isFinite ? value : 0)
    }
}
