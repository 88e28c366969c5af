import FieldPlanModel
import Foundation

/// What happened since a plan was sent out (the `events.json` of `fieldplan replan`).
///
/// ```json
/// {"cancelled": ["V020"], "sick": ["dana"],
///  "newVisits": [{"id": "U1", "location": {"lat": 52.5, "lon": 13.4}, "duration": 30, "mandatory": true}],
///  "positions": {"ben": {"lat": 52.53, "lon": 13.41}}}
/// ```
/// See `docs/replanning.md`.
public struct ReplanEvents: Sendable, Hashable, Decodable {
    /// Visits the customer cancelled (ignored for visits already started).
    public var cancelled: [String]
    /// Technicians who stop working now; their unstarted visits are released.
    public var sick: [String]
    /// New visits (urgent calls), in the scenario format.
    public var newVisits: [Visit]
    /// Reported current positions of technicians who are not at a visit.
    public var positions: [String: Location]

    /// Creates events.
    public init(cancelled: [String] = [], sick: [String] = [], newVisits: [Visit] = [], positions: [String: Location] = [:]) {
        self.cancelled = cancelled
        self.sick = sick
        self.newVisits = newVisits
        self.positions = positions
    }

    private enum CodingKeys: String, CodingKey { case cancelled, sick, newVisits, positions }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            cancelled: try c.decodeIfPresent([String].self, forKey: .cancelled) ?? [],
            sick: try c.decodeIfPresent([String].self, forKey: .sick) ?? [],
            newVisits: try c.decodeIfPresent([Visit].self, forKey: .newVisits) ?? [],
            positions: try c.decodeIfPresent([String: Location].self, forKey: .positions) ?? [:])
    }

    /// Reads an events file (JSON).
    /// - Throws: ``ScenarioError`` naming the file, located by JSON path.
    public static func read(contentsOf path: String) throws(ScenarioError) -> ReplanEvents {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ScenarioError(file: path, issues: [ScenarioIssue(.unreadableFile, at: "", "the file cannot be read")])
        }
        do {
            return try JSONDecoder().decode(ReplanEvents.self, from: data)
        } catch let error as DecodingError {
            let (codingPath, message): ([any CodingKey], String) = switch error {
            case .keyNotFound(let key, let context): (context.codingPath + [key], "missing required field \"\(key.stringValue)\"")
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                (context.codingPath, context.debugDescription)
            @unknown default: ([], "\(error)")
            }
            let location = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            throw ScenarioError(file: path, issues: [ScenarioIssue(.invalidValue, at: String(location.drop { $0 == "." }), message)])
        } catch {
            throw ScenarioError(file: path, issues: [ScenarioIssue(.invalidValue, at: "", "not a valid events file: \(error)")])
        }
    }
}
