import FieldPlanModel
import Foundation

/// A scenario file format FieldPlan reads.
public enum ScenarioFormat: String, CaseIterable, Sendable {
    /// The native format as JSON.
    case json
    /// The native format as YAML.
    case yaml
    /// Solomon's VRPTW text format (`C101.txt`).
    case solomon

    /// The format a file name's extension names, when it names one unambiguously.
    ///
    /// `.json` is JSON and `.yaml`/`.yml` YAML; `.txt` and `.vrp` may hold anything, so they name
    /// no format here and ``detect(name:data:)`` looks at the content.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "json": self = .json
        case "yaml", "yml": self = .yaml
        default: return nil
        }
    }

    /// The format of a file, from its name's extension and then from its content.
    ///
    /// `.json` → JSON, `.yaml`/`.yml` → YAML, `.txt`/`.vrp` → Solomon when the content looks like
    /// Solomon. Otherwise by content: a first non-blank `{` is JSON; a `VEHICLE` line and a line
    /// starting `CUSTOMER` is Solomon; text that parses as a YAML mapping is YAML.
    /// - Throws: ``ScenarioError`` with code `unrecognised-format` when nothing fits.
    public static func detect(name: String, data: Data) throws(ScenarioError) -> ScenarioFormat {
        let fileExtension = (name as NSString).pathExtension.lowercased()
        if let format = ScenarioFormat(fileExtension: fileExtension) { return format }
        let text = String(decoding: data, as: UTF8.self)
        if ["txt", "vrp"].contains(fileExtension), looksLikeSolomon(text) { return .solomon }
        if let format = detect(content: text) { return format }
        throw ScenarioError(file: name, issues: [ScenarioIssue(
            .unrecognisedFormat, at: "",
            "not a scenario FieldPlan can read: expected JSON, YAML or Solomon text "
                + "(name the file .json, .yaml or .txt, or pass the format)")])
    }

    /// The format the content looks like, or `nil`.
    static func detect(content text: String) -> ScenarioFormat? {
        let first = text.unicodeScalars.first { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }
        if first == "{" { return .json }
        if looksLikeSolomon(text) { return .solomon }
        if case .object? = try? YAMLConverter.parse(text) { return .yaml }
        return nil
    }

    /// Whether the text has a `VEHICLE` line and a line starting with `CUSTOMER`.
    static func looksLikeSolomon(_ text: String) -> Bool {
        var vehicle = false, customer = false
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "VEHICLE" { vehicle = true }
            if trimmed.hasPrefix("CUSTOMER") { customer = true }
            if vehicle && customer { return true }
        }
        return false
    }
}
