import FieldPlanModel
import Foundation

/// One technician read from a team CSV file, with what the planning configuration completes.
public struct TeamRow: Sendable, Hashable {
    /// The technician as far as the file says.
    public var technician: Technician
    /// The travel profile's name (`van`, `bike`), when the row names one.
    public var profile: String?
    /// Which cost columns the row filled (so a profile does not override them).
    public var hasCostPerKm: Bool
    /// The row's line.
    public var line: Int
    /// `line N, column M` of each column's field, by canonical column name.
    public var locations: [String: String]
    /// Where the profile field is, for messages.
    public var profileLocation: String

    /// The columns of a team file: canonical name → accepted aliases.
    public static let columns: [String: [String]] = [
        "id": ["technician", "technician_id"], "name": [], "skills": [],
        "latitude": ["lat", "start_latitude"], "longitude": ["lon", "lng", "start_longitude"],
        "end_latitude": [], "end_longitude": [], "open_end": [],
        "shift_start": ["start"], "shift_end": ["end"], "breaks": ["break"], "profile": ["vehicle"],
        "max_working_time": [], "allowed_overtime": ["overtime"], "overtime_cost_per_hour": [],
        "cost_per_hour": [], "cost_per_km": [], "fixed_cost": [], "work_duration_factor": [],
        "speed_factor": [], "max_visits": [], "capacity": [],
    ]

    /// The columns a team file must have.
    public static let requiredColumns = ["id", "latitude", "longitude", "shift_start", "shift_end"]

    /// Reads a team file.
    public static func read(data: Data, file: String, time: TimeResolver) -> CSVImport<TeamRow> {
        CSVImport.read(data: data, file: file, known: columns, required: requiredColumns, time: time) { row in
            let id = row.requiredText("id")
            let start = row.location(latitude: "latitude", longitude: "longitude", required: true)
            let end = row.location(latitude: "end_latitude", longitude: "end_longitude", required: false)
            let shiftStart = row.time("shift_start", required: true)
            let shiftEnd = row.time("shift_end", required: true)
            if let shiftStart, let shiftEnd, time.minutes(shiftEnd) < time.minutes(shiftStart) {
                row.report(.windowEndsBeforeStart, "shift_end", "the shift ends before it starts")
            }
            let technician = Technician(
                id: id ?? "", name: row.text("name"), skills: row.skills("skills"),
                start: start ?? .geographic(latitude: 0, longitude: 0), end: end,
                openEnd: row.flag("open_end") ?? false,
                shift: Shift(start: shiftStart ?? .minutes(0), end: shiftEnd ?? .minutes(0)),
                breaks: row.breaks("breaks"),
                maxWorkingTime: row.number("max_working_time", minimum: 0),
                allowedOvertime: row.number("allowed_overtime", minimum: 0) ?? 0,
                overtimeCostPerHour: row.number("overtime_cost_per_hour", minimum: 0) ?? 0,
                costPerHour: row.number("cost_per_hour", minimum: 0) ?? 0,
                costPerKm: row.number("cost_per_km", minimum: 0) ?? 0,
                fixedCost: row.number("fixed_cost", minimum: 0) ?? 0,
                workDurationFactor: row.number("work_duration_factor", exclusiveMinimum: 0) ?? 1,
                speedFactor: row.number("speed_factor", exclusiveMinimum: 0) ?? 1,
                maxVisits: row.count("max_visits"),
                capacity: row.number("capacity", minimum: 0))
            return TeamRow(
                technician: technician, profile: row.text("profile"), hasCostPerKm: row.text("cost_per_km") != nil,
                line: row.record.line, locations: row.locations(), profileLocation: row.location(of: "profile"))
        }
    }
}
