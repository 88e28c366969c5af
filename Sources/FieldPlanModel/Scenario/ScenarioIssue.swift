/// One thing wrong with an input, located and coded.
public struct ScenarioIssue: Sendable, Hashable, CustomStringConvertible {
    /// Where: a JSON path (`visits[12].timeWindows[0]`) or `line N, column M` for text formats.
    public var location: String
    /// A stable code, listed in `docs/errors.md`.
    public var code: IssueCode
    /// A message a dispatcher understands.
    public var message: String

    /// Creates an issue.
    public init(_ code: IssueCode, at location: String, _ message: String) {
        self.code = code
        self.location = location
        self.message = message
    }

    /// The location of an issue with the document as a whole (its root is not an object, it is
    /// empty or not UTF-8, …), as opposed to a file-level issue (unreadable, unrecognised), whose
    /// location is empty.
    public static let topLevel = "top level"

    /// `location: message`.
    public var description: String { location.isEmpty ? message : "\(location): \(message)" }
}

/// Stable codes of input errors.
public enum IssueCode: String, Sendable, Hashable, Codable, CaseIterable {
    /// The file could not be read.
    case unreadableFile = "unreadable-file"
    /// The content is not a format FieldPlan knows.
    case unrecognisedFormat = "unrecognised-format"
    /// The text breaks the format's syntax.
    case syntax
    /// A required field is missing.
    case missingField = "missing-field"
    /// A field has the wrong type.
    case wrongType = "wrong-type"
    /// A field the format does not know.
    case unknownField = "unknown-field"
    /// A value out of its allowed range or form.
    case invalidValue = "invalid-value"
    /// Two things share an id.
    case duplicateId = "duplicate-id"
    /// A skill nobody declared.
    case unknownSkill = "unknown-skill"
    /// A reference to a technician that does not exist.
    case unknownTechnician = "unknown-technician"
    /// A reference to a visit that does not exist.
    case unknownVisit = "unknown-visit"
    /// A window whose end comes before its start.
    case windowEndsBeforeStart = "window-ends-before-start"
    /// A negative duration.
    case negativeDuration = "negative-duration"
    /// Follow-up links that go round in a circle.
    case followUpCycle = "follow-up-cycle"
    /// A location that does not fit the scenario's travel model.
    case locationMismatch = "location-mismatch"
    /// Contradictory requirements (pinned to an excluded technician, …).
    case contradiction
}

/// Every issue found in an input, thrown when any makes it unusable.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    /// The file the issues are in, when there is one.
    public var file: String?
    /// The issues, in input order.
    public var issues: [ScenarioIssue]

    /// Creates the error.
    public init(file: String? = nil, issues: [ScenarioIssue]) {
        self.file = file
        self.issues = issues
    }

    /// One line per issue, prefixed with the file name when known.
    public var description: String {
        issues.map { issue in file.map { "\($0): \(issue)" } ?? issue.description }
            .joined(separator: "\n")
    }
}
