import FieldPlanModel
import Foundation

/// Writes a plan's itineraries as CSV: one row per stop (visits and breaks), in route order.
///
/// Columns: `technician,order,type,visit,customer,address,latitude,longitude,arrive,start,end,
/// travel_minutes`. Times are local `HH:MM` in the scenario's time zone; travel minutes are the
/// drive from the previous place (home for the first stop). Comma-separated, quoted when needed,
/// CRLF line ends (RFC 4180).
public enum ItineraryCSVWriter {
    /// The header row's columns.
    public static let header = [
        "technician", "order", "type", "visit", "customer", "address", "latitude", "longitude",
        "arrive", "start", "end", "travel_minutes",
    ]

    /// The CSV text.
    public static func csv(_ plan: Plan, scenario: Scenario, convention: DistanceConvention = .exact) -> String {
        let resolver = TimeResolver(date: scenario.date, timeZone: scenario.timeZone)
            ?? TimeResolver(date: nil, timeZone: nil)!
        let travel = TravelCalculator(settings: scenario.travel, convention: convention)
        let visits = Dictionary(scenario.visits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let technicians = Dictionary(scenario.technicians.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var lines = [header.joined(separator: ",")]
        for route in plan.routes {
            guard let technician = technicians[route.technician] else { continue }
            var place = technician.start
            for (index, stop) in route.stops.enumerated() {
                var fields = [route.technician, String(index + 1), stop.kind.rawValue]
                var minutes = 0.0
                if let id = stop.visit, let visit = visits[id] {
                    minutes = (travel.minutes(from: place, to: visit.location) ?? 0) / technician.speedFactor
                    place = visit.location
                    var lat = "", lon = ""
                    if case .geographic(let a, let b) = visit.location {
                        lat = String(format: "%.6f", a)
                        lon = String(format: "%.6f", b)
                    }
                    fields += [id, visit.customer ?? "", visit.address ?? "", lat, lon]
                } else {
                    fields += [stop.visit ?? "", "", "", "", ""]
                }
                fields += [ClockText(resolver: resolver).text(stop.arrival), ClockText(resolver: resolver).text(stop.start),
                           ClockText(resolver: resolver).text(stop.end), String(format: "%.1f", minutes)]
                lines.append(fields.map(quote).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes a field holding a comma, quote or line break.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
