import FieldPlanModel
import Foundation

/// Reads Solomon's VRPTW text format into a scenario.
///
/// The file gives a name line, a `VEHICLE` section (`NUMBER CAPACITY` and their values) and a
/// `CUSTOMER` table of `CUST NO. XCOORD. YCOORD. DEMAND READY TIME DUE DATE SERVICE TIME`;
/// customer 0 is the depot. The scenario has technicians `"1"`…`"K"` at the depot with the depot's
/// ready…due as shift and the file's capacity, one mandatory visit per customer (id = customer
/// number, window = ready…due as latest start), Euclidean travel at one minute per unit and the
/// distance objective. Errors are located as `line N, column M`.
public enum SolomonReader {
    /// The columns of a customer row.
    static let columns = ["customer number", "x", "y", "demand", "ready time", "due date", "service time"]

    /// Reads a Solomon instance.
    /// - Throws: ``ScenarioError`` with the first syntax or value error, located by line and column.
    public static func read(data: Data, name: String) throws(ScenarioError) -> Scenario {
        var lines = Lines(String(decoding: data, as: UTF8.self))
        do {
            return try parse(&lines)
        } catch {
            var located = error
            located.file = name
            throw located
        }
    }

    private static func parse(_ lines: inout Lines) throws(ScenarioError) -> Scenario {
        let nameLine = try lines.next(expecting: "the instance name")
        let instanceName = nameLine.text.trimmingCharacters(in: .whitespaces)
        try lines.expectKeyword("VEHICLE")
        let header = try lines.next(expecting: "the NUMBER CAPACITY header")
        if header.tokens.first?.text.uppercased() != "NUMBER" {
            throw header.issue(.syntax, at: header.tokens.first, "expected the NUMBER CAPACITY header")
        }
        let fleet = try lines.next(expecting: "the vehicle number and capacity")
        let fleetValues = try fleet.numbers(count: 2, names: ["vehicle number", "capacity"])
        guard let vehicleCount = Int(exactly: fleetValues[0]), vehicleCount >= 1 else {
            throw fleet.issue(.invalidValue, at: fleet.tokens[0], "the vehicle number must be a whole number ≥ 1")
        }
        guard fleetValues[1] >= 0 else {
            throw fleet.issue(.invalidValue, at: fleet.tokens[1], "the capacity must not be negative")
        }
        try lines.expectKeyword("CUSTOMER")
        var rows: [[Double]] = []
        var seen: [Int: Int] = [:]
        while let line = lines.nextNonBlank() {
            if rows.isEmpty, let first = line.tokens.first, Double(first.text) == nil { continue }
            let values = try line.numbers(count: columns.count, names: columns)
            guard let number = Int(exactly: values[0]), number >= 0 else {
                throw line.issue(.invalidValue, at: line.tokens[0], "the customer number must be a whole number ≥ 0")
            }
            if let previous = seen[number] {
                throw line.issue(.invalidValue, at: line.tokens[0],
                                 "customer \(number) is listed twice (also line \(previous))")
            }
            seen[number] = line.number
            rows.append(values)
        }
        guard let depot = rows.first else {
            throw lines.endIssue("expected the depot row (customer 0) after the CUSTOMER header")
        }
        let depotLocation = Location.planar(x: depot[1], y: depot[2])
        let shift = Shift(start: .minutes(depot[4]), end: .minutes(depot[5]))
        let technicians = (1...vehicleCount).map {
            Technician(id: String($0), start: depotLocation, shift: shift, capacity: fleetValues[1])
        }
        let visits = rows.dropFirst().map { row in
            Visit(id: String(Int(row[0])), location: .planar(x: row[1], y: row[2]), duration: row[6],
                  timeWindows: [TimeWindow(start: .minutes(row[4]), end: .minutes(row[5]))],
                  mandatory: true, demand: row[3])
        }
        return Scenario(
            name: instanceName.isEmpty ? nil : instanceName,
            travel: TravelSettings(kind: .euclidean, minutesPerUnit: 1),
            objective: ObjectiveSettings(kind: .distance),
            technicians: technicians, visits: visits)
    }
}

extension SolomonReader {
    /// A whitespace-separated token and its column.
    struct Token {
        /// The token's text.
        var text: String
        /// Its first column, from 1.
        var column: Int
    }

    /// One line of the file, with its number and tokens.
    struct Line {
        /// The line number, from 1.
        var number: Int
        /// The line's text without the line ending.
        var text: String
        /// The tokens.
        var tokens: [Token]

        /// An error at a token of this line (or its end).
        func issue(_ code: IssueCode, at token: Token?, _ message: String) -> ScenarioError {
            let column = token?.column ?? (text.count + 1)
            return ScenarioError(issues: [ScenarioIssue(code, at: "line \(number), column \(column)", message)])
        }

        /// Exactly `count` finite numbers.
        func numbers(count: Int, names: [String]) throws(ScenarioError) -> [Double] {
            if tokens.count < count {
                throw issue(.syntax, at: nil,
                            "expected \(count) numbers (\(names.joined(separator: ", "))), found \(tokens.count); "
                            + "missing \(names[tokens.count])")
            }
            if tokens.count > count {
                throw issue(.syntax, at: tokens[count], "expected \(count) numbers, found \(tokens.count)")
            }
            var values: [Double] = []
            for (index, token) in tokens.enumerated() {
                guard let value = Double(token.text), value.isFinite else {
                    throw issue(.invalidValue, at: token, "\(names[index]) \"\(token.text)\" is not a number")
                }
                values.append(value)
            }
            return values
        }
    }

    /// The lines of a file, read one after another.
    struct Lines {
        private let lines: [String]
        private var position = 0

        init(_ text: String) {
            // "\r\n" is one Character, so split on both line endings.
            lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
                .map { line in line.hasSuffix("\r") ? String(line.dropLast()) : String(line) }
        }

        /// The next line that is not blank, or `nil` at the end.
        mutating func nextNonBlank() -> Line? {
            while position < lines.count {
                let text = lines[position]
                position += 1
                let tokens = Self.tokens(of: text)
                if !tokens.isEmpty { return Line(number: position, text: text, tokens: tokens) }
            }
            return nil
        }

        /// The next non-blank line; at the end, an issue saying what was expected.
        mutating func next(expecting what: String) throws(ScenarioError) -> Line {
            guard let line = nextNonBlank() else { throw endIssue("unexpected end of file, expected \(what)") }
            return line
        }

        /// The next non-blank line, which must be the keyword.
        mutating func expectKeyword(_ keyword: String) throws(ScenarioError) {
            let line = try next(expecting: keyword)
            if line.tokens.first?.text.uppercased() != keyword {
                throw line.issue(.syntax, at: line.tokens.first,
                                 "expected \(keyword), found \"\(line.text.trimmingCharacters(in: .whitespaces))\"")
            }
        }

        /// An error at the end of the file.
        func endIssue(_ message: String) -> ScenarioError {
            let last = lines.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? 0
            let text = lines.isEmpty ? "" : lines[last]
            return ScenarioError(issues: [ScenarioIssue(.syntax, at: "line \(last + 1), column \(text.count + 1)", message)])
        }

        private static func tokens(of text: String) -> [Token] {
            var tokens: [Token] = []
            var current = "", start = 0
            for (offset, character) in text.enumerated() {
                if character.isWhitespace {
                    if !current.isEmpty { tokens.append(Token(text: current, column: start + 1)) }
                    current = ""
                } else {
                    if current.isEmpty { start = offset }
                    current.append(character)
                }
            }
            if !current.isEmpty { tokens.append(Token(text: current, column: start + 1)) }
            return tokens
        }
    }
}
