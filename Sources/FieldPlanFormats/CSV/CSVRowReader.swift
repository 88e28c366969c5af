import FieldPlanModel
import Foundation

/// Reads typed values from one CSV row, collecting a located issue for every bad field.
///
/// Empty fields are absent values. Lists are separated by `;` (quote the field when the file's
/// separator is `;` too).
public struct CSVRowReader {
    /// The row.
    public let record: CSVRecord
    private let sheet: CSVSheet
    private let time: TimeResolver
    /// Issues found so far in this row.
    public private(set) var issues: [ScenarioIssue] = []

    /// Creates a reader of `record`, resolving dates and clock times with `time`.
    public init(record: CSVRecord, sheet: CSVSheet, time: TimeResolver) {
        self.record = record
        self.sheet = sheet
        self.time = time
        if record.fields.count > sheet.headerWidth, sheet.headerWidth > 0 {
            let extra = record.fields[sheet.headerWidth]
            issues.append(ScenarioIssue(
                .syntax, at: Self.location(extra),
                "the row has \(record.fields.count) fields but the header names \(sheet.headerWidth) columns"))
        }
    }

    /// `line N, column M` of a field.
    static func location(_ field: CSVRecord.Field) -> String { "line \(field.line), column \(field.column)" }

    /// The field of a column, when the header has the column and the row reaches it.
    public func field(_ name: String) -> CSVRecord.Field? {
        guard let index = sheet.column(name), index < record.fields.count else { return nil }
        return record.fields[index]
    }

    /// The location of a column's field, or of the row's start when the row lacks it.
    public func location(of name: String) -> String {
        field(name).map(Self.location) ?? "line \(record.line), column 1"
    }

    /// The location of every column's field in this row.
    public func locations() -> [String: String] {
        var result: [String: String] = [:]
        for name in sheet.columnNames { result[name] = location(of: name) }
        return result
    }

    /// Records an issue at a column's field.
    public mutating func report(_ code: IssueCode, _ name: String, _ message: String) {
        issues.append(ScenarioIssue(code, at: location(of: name), message))
    }

    /// The trimmed text of a column; `nil` when empty or absent.
    public func text(_ name: String) -> String? {
        guard let value = field(name)?.text.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty
        else { return nil }
        return value
    }

    /// A required text.
    public mutating func requiredText(_ name: String) -> String? {
        guard let value = text(name) else {
            report(.missingField, name, "\(name) is empty")
            return nil
        }
        return value
    }

    /// A number (a decimal comma is accepted), at least `minimum` and above `exclusiveMinimum`.
    public mutating func number(
        _ name: String, minimum: Double? = nil, exclusiveMinimum: Double? = nil, required: Bool = false
    ) -> Double? {
        guard let raw = text(name) else {
            if required { report(.missingField, name, "\(name) is empty") }
            return nil
        }
        guard let value = Double(raw.replacingOccurrences(of: ",", with: ".")), value.isFinite else {
            report(.wrongType, name, "\(name) \"\(raw)\" is not a number")
            return nil
        }
        if let minimum, value < minimum {
            report(.invalidValue, name, "\(name) \(raw) must be at least \(Self.text(minimum))")
            return nil
        }
        if let exclusiveMinimum, value <= exclusiveMinimum {
            report(.invalidValue, name, "\(name) \(raw) must be more than \(Self.text(exclusiveMinimum))")
            return nil
        }
        return value
    }

    /// A whole number ≥ 0.
    public mutating func count(_ name: String) -> Int? {
        guard let raw = text(name) else { return nil }
        guard let value = Int(raw), value >= 0 else {
            report(.wrongType, name, "\(name) \"\(raw)\" is not a whole number ≥ 0")
            return nil
        }
        return value
    }

    /// `yes/no`, `true/false`, `1/0`, `y/n`, `x` (yes); empty is `nil`.
    public mutating func flag(_ name: String) -> Bool? {
        guard let raw = text(name) else { return nil }
        switch raw.lowercased() {
        case "yes", "y", "true", "1", "x", "ja": return true
        case "no", "n", "false", "0", "nein": return false
        default:
            report(.wrongType, name, "\(name) \"\(raw)\" is not yes or no")
            return nil
        }
    }

    /// A latitude (−90…90) or longitude (−180…180).
    public mutating func coordinate(_ name: String, limit: Double, required: Bool) -> Double? {
        guard let value = number(name, required: required) else { return nil }
        guard abs(value) <= limit else {
            report(.invalidValue, name, "\(name) \(Self.text(value)) is outside −\(Int(limit))…\(Int(limit)) degrees")
            return nil
        }
        return value
    }

    /// A location from two coordinate columns.
    public mutating func location(latitude: String, longitude: String, required: Bool) -> Location? {
        let lat = coordinate(latitude, limit: 90, required: required)
        let lon = coordinate(longitude, limit: 180, required: required)
        guard let lat, let lon else {
            if !required, (lat == nil) != (lon == nil) {
                report(.missingField, lat == nil ? latitude : longitude, "give both \(latitude) and \(longitude)")
            }
            return nil
        }
        return .geographic(latitude: lat, longitude: lon)
    }

    /// A time: `HH:MM[:SS]` on the plan date, or a local date-time `YYYY-MM-DD HH:MM`
    /// (`T` accepted in place of the space), resolved in the scenario's time zone.
    public mutating func time(_ name: String, required: Bool = false) -> TimePoint? {
        guard let raw = text(name) else {
            if required { report(.missingField, name, "\(name) is empty") }
            return nil
        }
        guard let point = timePoint(raw) else {
            report(.invalidValue, name, "\(name) \"\(raw)\" is not a time (HH:MM, or YYYY-MM-DD HH:MM)")
            return nil
        }
        return point
    }

    /// A local date-time `YYYY-MM-DD HH:MM[:SS]` (or a clock time on the plan date) as an instant.
    public mutating func instant(_ name: String) -> Date? {
        guard let raw = text(name) else { return nil }
        guard let point = timePoint(raw), let date = time.date(minutes: time.minutes(point)) else {
            report(.invalidValue, name, "\(name) \"\(raw)\" is not a date-time (YYYY-MM-DD HH:MM)")
            return nil
        }
        return date
    }

    /// Parses a clock time or a local date-time.
    private func timePoint(_ raw: String) -> TimePoint? {
        if let clock = TimePoint(clockText: raw) { return clock }
        return LocalDateTime(text: raw).flatMap { time.minutes(of: $0) }.map(TimePoint.minutes)
    }

    /// Skills with levels: `gas:2;electrical:1` (a skill without `:level` has level 1).
    public mutating func skills(_ name: String) -> [String: Int] {
        guard let raw = text(name) else { return [:] }
        var skills: [String: Int] = [:]
        for item in Self.items(raw) {
            let parts = item.split(separator: ":", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard (1...2).contains(parts.count), !parts[0].isEmpty,
                  let level = parts.count == 2 ? Int(parts[1]) : 1, level >= 0
            else {
                report(.invalidValue, name, "\(name): \"\(item)\" is not skill:level (e.g. gas:2)")
                continue
            }
            if skills[parts[0]] != nil {
                report(.duplicateId, name, "\(name): the skill \(parts[0]) is listed twice")
            }
            skills[parts[0]] = level
        }
        return skills
    }

    /// Windows `08:00-12:00;14:00-17:00`.
    public mutating func windows(_ name: String) -> [TimeWindow] {
        guard let raw = text(name) else { return [] }
        var windows: [TimeWindow] = []
        for item in Self.items(raw) {
            let parts = item.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let start = TimePoint(clockText: parts[0]), let end = TimePoint(clockText: parts[1])
            else {
                report(.invalidValue, name, "\(name): \"\(item)\" is not a window HH:MM-HH:MM")
                continue
            }
            guard time.minutes(end) >= time.minutes(start) else {
                report(.windowEndsBeforeStart, name, "\(name): the window \(item) ends before it starts")
                continue
            }
            windows.append(TimeWindow(start: start, end: end))
        }
        return windows
    }

    /// Breaks `30@11:30-13:30;15@15:00-16:00` (minutes, then the window of its start).
    public mutating func breaks(_ name: String) -> [Break] {
        guard let raw = text(name) else { return [] }
        var breaks: [Break] = []
        for item in Self.items(raw) {
            let parts = item.split(separator: "@").map { $0.trimmingCharacters(in: .whitespaces) }
            let window = parts.count == 2 ? parts[1].split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) } : []
            guard parts.count == 2, let minutes = Double(parts[0]), minutes >= 0, window.count == 2,
                  let earliest = TimePoint(clockText: window[0]), let latest = TimePoint(clockText: window[1])
            else {
                report(.invalidValue, name, "\(name): \"\(item)\" is not minutes@HH:MM-HH:MM (e.g. 30@11:30-13:30)")
                continue
            }
            guard time.minutes(latest) >= time.minutes(earliest) else {
                report(.windowEndsBeforeStart, name, "\(name): the break window \(window[0])-\(window[1]) ends before it starts")
                continue
            }
            breaks.append(Break(duration: minutes, earliestStart: earliest, latestStart: latest))
        }
        return breaks
    }

    /// A `;`-separated list of ids.
    public func list(_ name: String) -> [String] {
        text(name).map(Self.items) ?? []
    }

    /// The non-empty trimmed items of a `;`-separated list.
    static func items(_ raw: String) -> [String] {
        raw.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A number without a needless `.0`.
    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
