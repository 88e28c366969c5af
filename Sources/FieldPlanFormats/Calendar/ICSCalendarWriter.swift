import FieldPlanModel
import Foundation

/// Writes one technician's route as an iCalendar file (RFC 5545): one VEVENT per visit and break.
///
/// Times are UTC (`20261130T070000Z`), so no VTIMEZONE is needed and every calendar app shows
/// them in its own zone. Lines end with CRLF and are folded at 75 octets; text is escaped.
public struct ICSCalendarWriter: Sendable {
    /// The scenario the plan answers.
    public let scenario: Scenario
    /// The plan.
    public let plan: Plan
    /// The creation stamp of every event (DTSTAMP).
    public let stamp: Date

    /// Creates a writer; `stamp` is the DTSTAMP of every event.
    public init(scenario: Scenario, plan: Plan, stamp: Date) {
        self.scenario = scenario
        self.plan = plan
        self.stamp = stamp
    }

    /// The calendar of a technician: their route's stops, or one all-day "no visits planned" event
    /// when they have no route; `nil` when the scenario has no date (times cannot be placed).
    public func calendar(forTechnician id: String) -> String? {
        calendar(for: plan.routes.first { $0.technician == id } ?? Route(technician: id, start: 0, end: 0, stops: []))
    }

    /// The calendar of `route`; `nil` when the scenario has no date (times cannot be placed).
    public func calendar(for route: Route) -> String? {
        guard let resolver = TimeResolver(date: scenario.date, timeZone: scenario.timeZone),
              resolver.origin != nil
        else { return nil }
        let visits = Dictionary(scenario.visits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let technician = scenario.technicians.first { $0.id == route.technician }
        let who = technician?.name ?? route.technician
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//FieldPlan//Dispatch//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + ICSText.escape("\(who) \(scenario.date ?? "")"),
        ]
        if let zone = scenario.timeZone { lines.append("X-WR-TIMEZONE:" + zone) }
        if route.stops.isEmpty, let day = scenario.date?.replacingOccurrences(of: "-", with: "") {
            lines += ["BEGIN:VEVENT", "UID:" + ICSText.escape("\(scenario.date ?? "day")-\(route.technician)-free@fieldplan"),
                      "DTSTAMP:" + Self.utc(stamp), "DTSTART;VALUE=DATE:" + day, "SUMMARY:No visits planned",
                      "TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        for (order, stop) in route.stops.enumerated() {
            guard let start = resolver.date(minutes: stop.start), let end = resolver.date(minutes: stop.end) else { continue }
            let uid = "\(scenario.date ?? "day")-\(route.technician)-\(stop.visit ?? "break-\(order + 1)")@fieldplan"
            lines += ["BEGIN:VEVENT", "UID:" + ICSText.escape(uid), "DTSTAMP:" + Self.utc(stamp),
                      "DTSTART:" + Self.utc(start), "DTEND:" + Self.utc(end)]
            if stop.kind == .break {
                lines += ["SUMMARY:Break", "TRANSP:OPAQUE"]
            } else if let id = stop.visit, let visit = visits[id] {
                let title = [visit.customer, id].compactMap { $0 }.joined(separator: " – ")
                lines.append("SUMMARY:" + ICSText.escape(title))
                lines.append("LOCATION:" + ICSText.escape(visit.address ?? Self.coordinates(visit.location)))
                if case .geographic(let lat, let lon) = visit.location {
                    lines.append(String(format: "GEO:%.6f;%.6f", lat, lon))
                }
                lines.append("DESCRIPTION:" + ICSText.escape(description(of: visit, stop: stop, order: order, resolver: resolver)))
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICSText.fold).joined()
    }

    /// The event's description: order, arrival, duration, skills, windows, SLA.
    private func description(of visit: Visit, stop: Stop, order: Int, resolver: TimeResolver) -> String {
        var parts = ["Stop \(order + 1): \(visit.id)"]
        if let customer = visit.customer { parts.append("Customer: \(customer)") }
        if let address = visit.address { parts.append("Address: \(address)") }
        parts.append("Arrive \(ClockText(resolver: resolver).text(stop.arrival)), work \(Int((stop.end - stop.start).rounded())) min")
        if !visit.skills.isEmpty {
            parts.append("Skills: " + visit.skills.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if !visit.timeWindows.isEmpty {
            parts.append("Window: " + visit.timeWindows.map {
                ClockText(resolver: resolver).text(resolver.minutes($0.start)) + "–" + ClockText(resolver: resolver).text(resolver.minutes($0.end))
            }.joined(separator: ", "))
        }
        if let sla = visit.sla {
            parts.append("SLA: start by \(ClockText(resolver: resolver).text(resolver.minutes(sla.deadline)))\(sla.hard ? " (hard)" : "")")
        }
        if visit.mandatory { parts.append("Mandatory") }
        return parts.joined(separator: "\n")
    }

    /// `YYYYMMDDTHHMMSSZ`.
    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// `52.5200, 13.4050` for a geographic location, otherwise its description.
    static func coordinates(_ location: Location) -> String {
        if case .geographic(let lat, let lon) = location { return String(format: "%.5f, %.5f", lat, lon) }
        return "\(location)"
    }
}
