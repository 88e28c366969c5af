import FieldPlanFormats
import FieldPlanModel
import Foundation
import Testing

/// The iCalendar writer, parsed back by a small strict RFC 5545 reader.
@Suite struct CSVCalendarTests {
    /// A strict reader: CRLF only, lines ≤ 75 octets, unfolding, BEGIN/END nesting.
    struct ParsedCalendar {
        var events: [[String: String]] = []

        init(_ text: String) throws {
            let bytes = Array(text.utf8)
            #expect(text.hasSuffix("\r\n"))
            var physical: [String] = []
            var start = 0, index = 0
            while index < bytes.count {
                if bytes[index] == 0x0A {
                    #expect(index > 0 && bytes[index - 1] == 0x0D, "a bare LF")
                    let line = Array(bytes[start..<(index - 1)])
                    #expect(line.count <= 75, "a line longer than 75 octets")
                    physical.append(try #require(String(bytes: line, encoding: .utf8), "a fold splits a UTF-8 sequence"))
                    start = index + 1
                }
                index += 1
            }
            var logical: [String] = []
            for line in physical {
                if line.hasPrefix(" ") { logical[logical.count - 1] += line.dropFirst() } else { logical.append(line) }
            }
            #expect(logical.first == "BEGIN:VCALENDAR")
            #expect(logical.last == "END:VCALENDAR")
            #expect(logical.contains("VERSION:2.0"))
            #expect(logical.contains { $0.hasPrefix("PRODID:") })
            var current: [String: String]?
            for line in logical {
                if line == "BEGIN:VEVENT" {
                    #expect(current == nil)
                    current = [:]
                } else if line == "END:VEVENT" {
                    events.append(try #require(current))
                    current = nil
                } else if current != nil {
                    let colon = try #require(line.firstIndex(of: ":"))
                    current?[String(line[..<colon])] = String(line[line.index(after: colon)...])
                }
            }
            #expect(current == nil)
        }
    }

    private func fixture() -> (Scenario, Plan) {
        let visit = Visit(
            id: "v1", customer: "Müller; Söhne, \"Bäckerei\"", address: "Lange Straße 1,\n10115 Berlin",
            location: .geographic(latitude: 52.5, longitude: 13.4), duration: 45, skills: ["gas": 2],
            timeWindows: [TimeWindow(start: .clock(hour: 8, minute: 0, second: 0), end: .clock(hour: 12, minute: 0, second: 0))])
        let technician = Technician(
            id: "anna", name: "Anna", start: .geographic(latitude: 52.5, longitude: 13.4),
            shift: Shift(start: .clock(hour: 8, minute: 0, second: 0), end: .clock(hour: 17, minute: 0, second: 0)))
        let scenario = Scenario(
            date: "2026-03-29", timeZone: "Europe/Berlin", travel: TravelSettings(kind: .geographic),
            technicians: [technician], visits: [visit])
        // 2026-03-29 is the spring DST day in Berlin: 08:00 local is 420 minutes after midnight.
        let stops = [Stop.visit("v1", arrival: 420, start: 420, end: 465), .breakStop(arrival: 465, start: 465, end: 495)]
        let plan = Plan(routes: [Route(technician: "anna", start: 420, end: 495, stops: stops)], unassigned: [],
                        summary: PlanSummary(distance: 0, travelTime: 0, routes: 1, assigned: 1, unassigned: 0, lateness: 0,
                                             overtime: 0, cost: 0, strategy: "test", seed: 1, elapsedSeconds: 0,
                                             distanceConvention: .exact))
        return (scenario, plan)
    }

    @Test func eventsCarryRequiredPropertiesInUTC() throws {
        let (scenario, plan) = fixture()
        let writer = ICSCalendarWriter(scenario: scenario, plan: plan, stamp: Date(timeIntervalSince1970: 0))
        let parsed = try ParsedCalendar(try #require(writer.calendar(forTechnician: "anna")))
        #expect(parsed.events.count == 2)
        let visit = parsed.events[0]
        for key in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "DESCRIPTION"] {
            #expect(visit[key] != nil, "missing \(key)")
        }
        #expect(visit["DTSTAMP"] == "19700101T000000Z")
        #expect(visit["DTSTART"] == "20260329T060000Z")
        #expect(visit["DTEND"] == "20260329T064500Z")
        #expect(visit["SUMMARY"] == "Müller\\; Söhne\\, \"Bäckerei\" – v1")
        #expect(visit["LOCATION"] == "Lange Straße 1\\,\\n10115 Berlin")
        #expect(parsed.events[1]["SUMMARY"] == "Break")
        #expect(Set(parsed.events.compactMap { $0["UID"] }).count == 2)
    }

    @Test func anIdleTechnicianGetsAnAllDayEvent() throws {
        let (scenario, plan) = fixture()
        let writer = ICSCalendarWriter(scenario: scenario, plan: plan, stamp: Date(timeIntervalSince1970: 0))
        let parsed = try ParsedCalendar(try #require(writer.calendar(forTechnician: "ben")))
        #expect(parsed.events.map { $0["DTSTART;VALUE=DATE"] } == ["20260329"])
    }

    @Test func foldingKeepsMultiByteCharactersWhole() {
        let folded = ICSText.fold("DESCRIPTION:" + String(repeating: "ä", count: 100))
        let lines = folded.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.count == 3)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
    }

    @Test func itinerariesHaveOneRowPerStopInLocalTime() {
        let (scenario, plan) = fixture()
        let rows = ItineraryCSVWriter.csv(plan, scenario: scenario).components(separatedBy: "\r\n")
        #expect(rows[0] == ItineraryCSVWriter.header.joined(separator: ","))
        #expect(rows[1].hasPrefix("anna,1,visit,v1,\"Müller; Söhne, \"\"Bäckerei\"\"\",\"Lange Straße 1,\n10115 Berlin\""))
        #expect(rows[1].hasSuffix(",08:00,08:00,08:45,0.0"))
        #expect(rows[2] == "anna,2,break,,,,,,08:45,08:45,09:15,0.0")
        #expect(rows.count == 4)
    }
}
