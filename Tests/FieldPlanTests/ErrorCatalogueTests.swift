import FieldPlan
import Foundation
import Testing

/// `docs/errors.md` is the catalogue of every code FieldPlan reports: each input-issue example in
/// it gives its code at its location, and every code the library knows is listed there.
struct ErrorCatalogueTests {
    static let catalogue = ErrorCatalogue.load()

    @Test func everyInputIssueCodeHasAnExample() {
        let documented = Set(Self.catalogue.examples.map(\.code))
        let missing = IssueCode.allCases.map(\.rawValue).filter { !documented.contains($0) }
        #expect(missing.isEmpty, "codes without an example in docs/errors.md: \(missing)")
        #expect(Self.catalogue.examples.count == documented.count, "a code has two examples")
    }

    @Test(arguments: catalogue.examples)
    func exampleGivesItsCodeAtItsLocation(_ example: ErrorCatalogue.Example) throws {
        let code = try #require(IssueCode(rawValue: example.code), "\(example.code) is not an issue code")
        let error = try #require(Self.issues(raisedBy: example), "\(example.code): the example is accepted")
        let matching = error.issues.filter { $0.code == code }
        #expect(!matching.isEmpty, "\(example.code): got \(error.issues.map(\.code.rawValue))")
        if example.location == nil {
            #expect(error.file != nil, "\(example.code): the error does not name its file")
            #expect(matching.contains { $0.location.isEmpty })
        } else {
            #expect(matching.map(\.location).contains(example.location!),
                    "\(example.code): reported at \(matching.map(\.location))")
        }
        #expect(matching.allSatisfy { !$0.message.isEmpty })
    }

    @Test func everyViolationCodeIsListed() {
        let missing = ViolationCode.allCases.map(\.rawValue).filter { !Self.catalogue.listedCodes.contains($0) }
        #expect(missing.isEmpty, "violation codes missing from docs/errors.md: \(missing)")
    }

    @Test func everyLeftOutReasonIsListed() {
        let missing = LeftOutReason.Code.allCases.map(\.rawValue).filter { !Self.catalogue.listedCodes.contains($0) }
        #expect(missing.isEmpty, "left-out reasons missing from docs/errors.md: \(missing)")
    }

    @Test func everyExitStatusIsListed() {
        let missing = ExitStatus.allCases.map { String($0.rawValue) }.filter { !Self.catalogue.listedCodes.contains($0) }
        #expect(missing.isEmpty, "exit statuses missing from docs/errors.md: \(missing)")
    }

    /// Reads the example the way the CLI reads a file, then checks its meaning.
    private static func issues(raisedBy example: ErrorCatalogue.Example) -> ScenarioError? {
        do {
            let scenario: Scenario
            switch example.kind {
            case "path":
                scenario = try ScenarioReader.read(
                    contentsOf: ErrorCatalogue.root.appendingPathComponent(example.body).path)
            case "text":
                scenario = try ScenarioReader.read(data: Data(example.body.utf8), name: "day.txt")
            default:
                scenario = try ScenarioReader.read(data: Data(example.body.utf8), name: "example.\(example.kind)")
            }
            let issues = ScenarioValidator.issues(in: scenario)
            return issues.isEmpty ? nil : ScenarioError(file: "example", issues: issues)
        } catch {
            return error
        }
    }
}

/// The parsed `docs/errors.md`.
struct ErrorCatalogue: Sendable {
    /// One `#### \`code\`` entry: a fenced input and where the issue is reported.
    struct Example: Sendable, CustomTestStringConvertible {
        var code: String
        /// The fence's language: `json`, `yaml`, `text` (content of an unknown format) or `path`.
        var kind: String
        var body: String
        /// `nil` when reported at the file as a whole.
        var location: String?

        var testDescription: String { code }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    var examples: [Example] = []
    /// Every code written as the first cell of a table row (`` | `code` | ``) or as an exit status.
    var listedCodes: Set<String> = []

    static func load() -> ErrorCatalogue {
        let path = root.appendingPathComponent("docs/errors.md").path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return ErrorCatalogue(markdown: text)
    }

    init(markdown: String) {
        let lines = markdown.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let code = Self.code(inTableRow: line) { listedCodes.insert(code) }
            if line.hasPrefix("#### `"), let code = line.split(separator: "`").dropFirst().first {
                index = parseExample(code: String(code), lines: lines, from: index + 1)
                continue
            }
            index += 1
        }
    }

    /// Reads the fence and the `Reported at:` line after an example's heading.
    private mutating func parseExample(code: String, lines: [String], from start: Int) -> Int {
        var index = start
        while index < lines.count, !lines[index].hasPrefix("```") { index += 1 }
        guard index < lines.count else { return index }
        let kind = String(lines[index].dropFirst(3))
        var body: [String] = []
        index += 1
        while index < lines.count, !lines[index].hasPrefix("```") {
            body.append(lines[index])
            index += 1
        }
        while index < lines.count, !lines[index].hasPrefix("Reported at:") { index += 1 }
        guard index < lines.count else { return index }
        let reported = lines[index]
        let location = reported.contains("`") ? reported.split(separator: "`").dropFirst().first.map(String.init) : nil
        examples.append(Example(code: code, kind: kind, body: body.joined(separator: "\n"), location: location))
        return index + 1
    }

    /// `` | `code` | … `` → `code`; `| 2 | …` → `2`.
    private static func code(inTableRow line: String) -> String? {
        guard line.hasPrefix("| ") else { return nil }
        let cell = line.dropFirst(2).prefix { $0 != "|" }.trimmingCharacters(in: .whitespaces)
        if cell.hasPrefix("`"), cell.hasSuffix("`"), cell.count > 2 { return String(cell.dropFirst().dropLast()) }
        return Int(cell) != nil ? cell : nil
    }
}
