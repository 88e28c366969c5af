import FieldPlan
import Foundation

/// Writes run records as CSV and reads them back (for `--compare`).
///
/// The first thirteen columns are fixed: `instance,family,strategy,seed,timeLimit,objective,
/// distance,routes,unassigned,lateness,gapPercent,elapsedSeconds,valid`; then
/// `convention,dimacsDistance,bestKnown,iterations,visits,violations`. Empty fields are absent
/// values; numbers are written in Swift's shortest round-trip form; `violations` joins codes
/// with `;`. Traces are not written.
public enum RunsCSV {
    /// The fixed columns every runs file starts with.
    public static let requiredColumns = [
        "instance", "family", "strategy", "seed", "timeLimit", "objective", "distance", "routes",
        "unassigned", "lateness", "gapPercent", "elapsedSeconds", "valid",
    ]
    /// The columns appended after the fixed ones.
    public static let extraColumns = ["convention", "dimacsDistance", "bestKnown", "iterations", "visits", "violations"]

    /// The CSV text of `records`, header first, LF line endings.
    public static func text(_ records: [RunRecord]) -> String {
        var lines = [CSVLine.line(requiredColumns + extraColumns)]
        for r in records {
            lines.append(CSVLine.line([
                r.instance, r.family, r.strategy, String(r.seed), number(r.timeLimit), number(r.objective),
                number(r.distance), String(r.routes), String(r.unassigned), number(r.lateness),
                number(r.gapPercent), number(r.elapsedSeconds), r.valid ? "true" : "false",
                r.convention.rawValue, number(r.dimacsDistance), number(r.bestKnownDistance),
                r.iterations.map(String.init) ?? "", String(r.visits), r.violations.joined(separator: ";"),
            ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Parses runs CSV text; columns are found by header name, unknown columns are ignored.
    /// - Throws: ``BenchmarkError/badRunsFile(path:line:message:)`` on a missing column or bad value.
    public static func parse(_ text: String, path: String = "runs.csv") throws(BenchmarkError) -> [RunRecord] {
        let lines = text.split(whereSeparator: \.isNewline).enumerated().filter {
            !$0.element.allSatisfy(\.isWhitespace)
        }
        guard let header = lines.first else { return [] }
        let names = CSVLine.fields(String(header.element)).map {
            $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "")
        }
        var column: [String: Int] = [:]
        for (index, name) in names.enumerated() where column[name] == nil { column[name] = index }
        if let missing = requiredColumns.first(where: { column[$0] == nil }) {
            throw .badRunsFile(path: path, line: header.offset + 1, message: "the header has no column \(missing)")
        }
        var records: [RunRecord] = []
        for (offset, line) in lines.dropFirst() {
            let fields = CSVLine.fields(String(line))
            let row = Row(fields: fields, column: column, path: path, line: offset + 1)
            let distance = try row.double("distance")
            records.append(RunRecord(
                instance: try row.text("instance"), family: try row.text("family"),
                strategy: try row.text("strategy"), seed: try row.parsed("seed", UInt64.init),
                timeLimit: try row.optionalDouble("timeLimit"), objective: try row.double("objective"),
                distance: distance, routes: try row.parsed("routes", Int.init),
                unassigned: try row.parsed("unassigned", Int.init), lateness: try row.double("lateness"),
                gapPercent: try row.optionalDouble("gapPercent"),
                elapsedSeconds: try row.double("elapsedSeconds"),
                valid: try row.parsed("valid") { ["true": true, "false": false][$0.lowercased()] },
                convention: row.present("convention")
                    ? try row.parsed("convention", DistanceConvention.init(rawValue:)) : .dimacs,
                dimacsDistance: try row.optionalDouble("dimacsDistance") ?? distance,
                bestKnownDistance: try row.optionalDouble("bestKnown"),
                iterations: row.present("iterations") ? try row.parsed("iterations", Int.init) : nil,
                visits: row.present("visits") ? try row.parsed("visits", Int.init) : 0,
                violations: row.value("violations").split(separator: ";").map(String.init)))
        }
        return records
    }

    /// Writes `records` to a file.
    /// - Throws: ``BenchmarkError/unwritableOutput(path:reason:)``.
    public static func write(_ records: [RunRecord], to path: String) throws(BenchmarkError) {
        do {
            try Data(text(records).utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw .unwritableOutput(path: path, reason: error.localizedDescription)
        }
    }

    /// Reads records from a file.
    /// - Throws: ``BenchmarkError`` when the file cannot be read or parsed.
    public static func read(contentsOf path: String) throws(BenchmarkError) -> [RunRecord] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadableFile(path: path) }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    private static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return value.description
    }

    /// One data row, with its fields looked up by column name.
    private struct Row {
        let fields: [String]
        let column: [String: Int]
        let path: String
        let line: Int

        func value(_ name: String) -> String {
            guard let index = column[name], index < fields.count else { return "" }
            return fields[index].trimmingCharacters(in: .whitespaces)
        }

        func present(_ name: String) -> Bool { !value(name).isEmpty }

        func text(_ name: String) throws(BenchmarkError) -> String {
            let text = value(name)
            if text.isEmpty { throw .badRunsFile(path: path, line: line, message: "\(name) is empty") }
            return text
        }

        func parsed<T>(_ name: String, _ parse: (String) -> T?) throws(BenchmarkError) -> T {
            let text = value(name)
            guard let result = parse(text) else {
                throw .badRunsFile(path: path, line: line, message: "\(name) \"\(text)\" is not valid")
            }
            return result
        }

        func double(_ name: String) throws(BenchmarkError) -> Double {
            try parsed(name) { Double($0) }
        }

        func optionalDouble(_ name: String) throws(BenchmarkError) -> Double? {
            present(name) ? try double(name) : nil
        }
    }
}
