import FieldPlanModel
import Foundation

/// The route map: homes, visits and each technician's route as an SVG path, projected from the
/// coordinates (planar as is; geographic by an equirectangular projection); no tiles.
struct ReportMap {
    /// The shared lookups.
    let context: ReportContext
    /// The mean latitude of geographic locations, the projection's reference parallel.
    private let meanLatitude: Double

    /// Creates the map section.
    init(context: ReportContext) {
        self.context = context
        let latitudes = (context.scenario.technicians.map(\.start) + context.scenario.visits.map(\.location))
            .compactMap { location -> Double? in
                if case .geographic(let latitude, _) = location { return latitude }
                return nil
            }
        self.meanLatitude = latitudes.isEmpty ? 0 : latitudes.reduce(0, +) / Double(latitudes.count)
    }

    private let width = 900.0
    private let height = 560.0
    private let margin = 24.0

    /// The section as HTML with an inline SVG.
    func html() -> String {
        var html = "<h2>Map</h2>\n"
        let points = allLocations().compactMap(project)
        guard !points.isEmpty else {
            return html + "<p>The scenario's locations are travel-matrix indices, without coordinates to draw.</p>\n"
        }
        let xs = points.map(\.x), ys = points.map(\.y)
        let minX = xs.min() ?? 0, maxX = xs.max() ?? 1, minY = ys.min() ?? 0, maxY = ys.max() ?? 1
        let scale = min((width - 2 * margin) / max(maxX - minX, 1e-9), (height - 2 * margin) / max(maxY - minY, 1e-9))
        let f = ReportGantt.coordinate
        func place(_ location: Location) -> (x: Double, y: Double)? {
            guard let p = project(location) else { return nil }
            let usedWidth = (maxX - minX) * scale, usedHeight = (maxY - minY) * scale
            return (margin + (width - 2 * margin - usedWidth) / 2 + (p.x - minX) * scale,
                    margin + (height - 2 * margin - usedHeight) / 2 + (p.y - minY) * scale)
        }
        var svg = "<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" "
            + "height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"route map\">\n"
            + "<rect x=\"0\" y=\"0\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"#f8fafb\" stroke=\"#d9dee3\"/>\n"
        for (index, timeline) in context.timelines.enumerated() {
            guard let technician = timeline.technician else { continue }
            var stops: [Location] = [technician.start]
            stops += timeline.route.visitIDs.compactMap { context.visits[$0]?.location }
            if !technician.openEnd { stops.append(technician.end ?? technician.start) }
            let placed = stops.compactMap(place)
            guard placed.count >= 2 else { continue }
            let d = "M" + placed.map { "\(f($0.x)) \(f($0.y))" }.joined(separator: " L")
            let colour = ReportPalette.route(index)
            let id = HTMLEscaping.escape(technician.id)
            svg += "<path class=\"route\" data-technician=\"\(id)\" d=\"\(d)\" fill=\"none\" stroke=\"\(colour)\" "
                + "stroke-width=\"2\" stroke-linejoin=\"round\" opacity=\"0.85\"><title>"
                + "\(context.technicianName(technician.id))</title></path>\n"
            for (order, id) in timeline.route.visitIDs.enumerated() {
                guard let location = context.visits[id]?.location, let p = place(location) else { continue }
                svg += "<circle class=\"visit\" cx=\"\(f(p.x))\" cy=\"\(f(p.y))\" r=\"5\" fill=\"\(colour)\">"
                    + "<title>\(HTMLEscaping.escape(id)) · stop \(order + 1) of "
                    + "\(context.technicianName(technician.id))</title></circle>"
                    + "<text x=\"\(f(p.x + 6))\" y=\"\(f(p.y - 5))\" font-size=\"9\" fill=\"#33404d\">\(order + 1)</text>\n"
            }
            if let p = place(technician.start) {
                svg += "<rect class=\"home\" x=\"\(f(p.x - 6))\" y=\"\(f(p.y - 6))\" width=\"12\" height=\"12\" "
                    + "fill=\"#fff\" stroke=\"\(colour)\" stroke-width=\"3\"><title>home of "
                    + "\(context.technicianName(technician.id))</title></rect>\n"
            }
        }
        for leftOut in context.plan.unassigned {
            guard let location = context.visits[leftOut.visit]?.location, let p = place(location) else { continue }
            svg += "<g class=\"left-out\"><path d=\"M\(f(p.x - 5)) \(f(p.y - 5)) L\(f(p.x + 5)) \(f(p.y + 5)) "
                + "M\(f(p.x - 5)) \(f(p.y + 5)) L\(f(p.x + 5)) \(f(p.y - 5))\" stroke=\"#6b7280\" stroke-width=\"2\"/>"
                + "<title>\(HTMLEscaping.escape(leftOut.visit)) · left out</title></g>\n"
        }
        svg += "</svg>\n"
        html += svg + legend()
        return html
    }

    private func legend() -> String {
        var items = context.timelines.enumerated().map { index, timeline in
            "<i style=\"background:\(ReportPalette.route(index))\"></i>"
                + context.technicianName(timeline.route.technician)
        }
        items.append("□ home · ● visit (number = order) · ✕ left out")
        return "<p class=\"legend\">" + items.joined(separator: " ") + "</p>\n"
    }

    private func allLocations() -> [Location] {
        context.scenario.technicians.flatMap { [$0.start] + ($0.end.map { [$0] } ?? []) }
            + context.scenario.visits.map(\.location)
    }

    /// Plane coordinates with y growing downwards; `nil` for matrix indices.
    private func project(_ location: Location) -> (x: Double, y: Double)? {
        switch location {
        case .planar(let x, let y): (x, -y)
        case .geographic(let latitude, let longitude): (longitude * cos(meanLatitude * .pi / 180), -latitude)
        case .matrixIndex: nil
        }
    }
}
