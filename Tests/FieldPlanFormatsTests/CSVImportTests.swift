import FieldPlanFormats
import FieldPlanModel
import Foundation
import Testing

/// Team and visit rows: values parsed, every bad field reported with its line and column.
@Suite struct CSVImportTests {
    private let berlin = TimeResolver(date: "2026-11-30", timeZone: "Europe/Berlin")!

    @Test func readsATechnicianRow() throws {
        let csv = "id;skills;lat;lon;shift_start;shift_end;breaks;max_visits;cost_per_km\n"
            + "anna;\"gas:2;heating\";52,48;13,43;07:30;16:00;30@11:30-13:30;8;0,3\n"
        let result = TeamRow.read(data: Data(csv.utf8), file: "team.csv", time: berlin)
        #expect(result.issues.isEmpty)
        let anna = try #require(result.rows.first?.technician)
        #expect(anna.skills == ["gas": 2, "heating": 1])
        #expect(anna.start == .geographic(latitude: 52.48, longitude: 13.43))
        #expect(anna.breaks == [Break(duration: 30, earliestStart: .clock(hour: 11, minute: 30, second: 0),
                                      latestStart: .clock(hour: 13, minute: 30, second: 0))])
        #expect(anna.maxVisits == 8)
        #expect(anna.costPerKm == 0.3)
    }

    @Test func everyBadFieldIsReportedAtOnce() {
        let csv = "id,latitude,longitude,duration,skills,windows,priority\n"
            + "v1,52.5,13.4,30,gas:2,08:00-12:00,1\n"
            + "v2,95,13.4,abc,gas:x,12:00-08:00,-1\n"
            + ",52.5,13.4,30,,,\n"
        let result = VisitRow.read(data: Data(csv.utf8), file: "visits.csv", time: berlin)
        #expect(result.rows.map(\.visit.id) == ["v1"])
        #expect(result.badLines == [3, 4])
        #expect(result.issues.map(\.location) == [
            "line 3, column 4", "line 3, column 12", "line 3, column 16", "line 3, column 22",
            "line 3, column 34", "line 4, column 1",
        ])
        #expect(result.error.description.hasPrefix("visits.csv: line 3, column 4: latitude 95 is outside"))
    }

    @Test func unknownAndMissingColumnsAreHeaderIssues() {
        let csv = "id,latitude,duraton\nv1,52.5,30\n"
        let result = VisitRow.read(data: Data(csv.utf8), file: "visits.csv", time: berlin)
        #expect(result.headerIsBad)
        #expect(result.issues.map(\.location) == ["line 1, column 13", "line 1, column 1", "line 1, column 1"])
        #expect(result.issues.map(\.code) == [.unknownField, .missingField, .missingField])
    }

    @Test func aRowWithTooManyFieldsIsReported() {
        let csv = "id,latitude,longitude,duration\nv1,52.5,13.4,30,extra\n"
        let result = VisitRow.read(data: Data(csv.utf8), file: "v.csv", time: berlin)
        #expect(result.issues.map(\.location) == ["line 2, column 17"])
    }

    @Test func dateTimesResolveInTheZoneOnADaylightSavingDay() throws {
        let autumn = TimeResolver(date: "2026-10-25", timeZone: "Europe/Berlin")!
        let csv = "id,latitude,longitude,duration,windows,sla_deadline\n"
            + "v1,52.5,13.4,30,08:00-12:00,2026-10-25 10:00\n"
        let row = try #require(VisitRow.read(data: Data(csv.utf8), file: "v.csv", time: autumn).rows.first)
        #expect(autumn.minutes(row.visit.timeWindows[0].start) == 540)
        #expect(row.visit.sla?.deadline == .minutes(660))
    }
}
