import FieldPlanModel
import Foundation

/// One visit read from a visits CSV file, with the contract the configuration turns into an SLA.
public struct VisitRow: Sendable, Hashable {
    /// The visit as far as the file says (its `sla` set when the row gives a deadline).
    public var visit: Visit
    /// The contract tier's name, when the row names one.
    public var contract: String?
    /// When the customer asked, for contract deadlines.
    public var requested: Date?
    /// Whether the row sets `priority` and `mandatory` itself (so a tier does not override them).
    public var hasPriority: Bool, hasMandatory: Bool
    /// The row's line.
    public var line: Int
    /// `line N, column M` of each column's field, by canonical column name.
    public var locations: [String: String]
    /// Where the contract field is, for messages.
    public var contractLocation: String

    /// The columns of a visits file: canonical name → accepted aliases.
    public static let columns: [String: [String]] = [
        "id": ["visit", "visit_id"], "customer": [], "address": [],
        "latitude": ["lat"], "longitude": ["lon", "lng"], "duration": ["minutes"], "skills": [],
        "windows": ["time_windows", "window"], "sla_deadline": ["sla", "deadline"], "sla_hard": [],
        "sla_penalty_per_minute": [], "contract": ["tier"], "requested": ["requested_at", "request_time"],
        "priority": [], "mandatory": [], "penalty": [], "preferred_technicians": ["preferred"],
        "preference_bonus": [], "excluded_technicians": ["excluded"], "pinned_technician": [],
        "pinned_start": [], "follow_up_after": ["after"], "follow_up_min_gap": ["min_gap"],
        "follow_up_same_technician": ["same_technician"], "demand": ["parts"],
    ]

    /// The columns a visits file must have.
    public static let requiredColumns = ["id", "latitude", "longitude", "duration"]

    /// Reads a visits file.
    public static func read(data: Data, file: String, time: TimeResolver) -> CSVImport<VisitRow> {
        CSVImport.read(data: data, file: file, known: columns, required: requiredColumns, time: time) { row in
            let id = row.requiredText("id")
            let location = row.location(latitude: "latitude", longitude: "longitude", required: true)
            let duration = row.number("duration", minimum: 0, required: true)
            var sla: ServiceLevel?
            if let deadline = row.time("sla_deadline") {
                sla = ServiceLevel(
                    deadline: deadline, hard: row.flag("sla_hard") ?? false,
                    penaltyPerMinute: row.number("sla_penalty_per_minute", minimum: 0) ?? 1)
            } else {
                for column in ["sla_hard", "sla_penalty_per_minute"] where row.text(column) != nil {
                    row.report(.contradiction, column, "\(column) needs sla_deadline")
                }
            }
            let contract = row.text("contract")
            if contract != nil, sla != nil {
                row.report(.contradiction, "contract", "give either sla_deadline or contract, not both")
            }
            let requested = row.instant("requested")
            if contract != nil, requested == nil, row.text("requested") == nil {
                row.report(.missingField, "requested", "a contract visit needs the request time (requested)")
            }
            var followUp: FollowUp?
            if let after = row.text("follow_up_after") {
                followUp = FollowUp(
                    after: after, minGap: row.number("follow_up_min_gap", minimum: 0) ?? 0,
                    sameTechnician: row.flag("follow_up_same_technician") ?? false)
            } else {
                for column in ["follow_up_min_gap", "follow_up_same_technician"] where row.text(column) != nil {
                    row.report(.contradiction, column, "\(column) needs follow_up_after")
                }
            }
            let priority = row.count("priority")
            let mandatory = row.flag("mandatory")
            let visit = Visit(
                id: id ?? "", customer: row.text("customer"), address: row.text("address"),
                location: location ?? .geographic(latitude: 0, longitude: 0), duration: duration ?? 0,
                skills: row.skills("skills"), timeWindows: row.windows("windows"), sla: sla,
                priority: priority ?? 1, mandatory: mandatory ?? false,
                penalty: row.number("penalty", minimum: 0),
                preferredTechnicians: row.list("preferred_technicians"),
                preferenceBonus: row.number("preference_bonus", minimum: 0),
                excludedTechnicians: row.list("excluded_technicians"),
                pinnedTechnician: row.text("pinned_technician"), pinnedStart: row.time("pinned_start"),
                followUp: followUp, demand: row.number("demand", minimum: 0) ?? 0)
            return VisitRow(
                visit: visit, contract: contract, requested: requested, hasPriority: priority != nil,
                hasMandatory: mandatory != nil, line: row.record.line, locations: row.locations(), contractLocation: row.location(of: "contract"))
        }
    }
}
