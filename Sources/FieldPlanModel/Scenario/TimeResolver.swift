import Foundation

/// Turns a scenario's ``TimePoint``s into minutes since the plan's origin, and back into dates.
///
/// The origin is local midnight of the plan date in the scenario's time zone. Minutes count real
/// elapsed time, so on a daylight-saving day `"08:00"` may be 420 or 540 minutes after midnight.
/// Without a date, clock times are nominal minutes (`"08:00"` = 480).
public struct TimeResolver: Sendable {
    /// The origin instant, when the scenario has a date.
    public let origin: Date?
    /// The time zone of clock times and written date-times.
    public let timeZone: TimeZone
    private let calendar: Calendar
    private let day: DateComponents?

    /// Creates a resolver; `nil` when the date or time zone is not valid.
    public init?(date: String?, timeZone identifier: String?) {
        guard let zone = identifier.map({ TimeZone(identifier: $0) }) ?? TimeZone(identifier: "UTC")
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        self.calendar = calendar
        self.timeZone = zone
        guard let date else {
            self.origin = nil
            self.day = nil
            return
        }
        let parts = date.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(dayOfMonth)
        else { return nil }
        let components = DateComponents(year: year, month: month, day: dayOfMonth)
        guard let midnight = calendar.date(from: components),
              calendar.component(.day, from: midnight) == dayOfMonth
        else { return nil }
        self.origin = midnight
        self.day = components
    }

    /// Minutes since the origin.
    public func minutes(_ point: TimePoint) -> Double {
        switch point {
        case .minutes(let value):
            return value
        case .clock(let hour, let minute, let second):
            guard let origin, let day else { return point.nominalMinutes }
            var components = day
            components.day = (day.day ?? 1) + hour / 24
            components.hour = hour % 24
            components.minute = minute
            components.second = second
            guard let instant = calendar.date(from: components) else { return point.nominalMinutes }
            return instant.timeIntervalSince(origin) / 60
        }
    }

    /// The instant `minutes` after the origin, when the scenario has a date.
    public func date(minutes: Double) -> Date? {
        origin.map { $0.addingTimeInterval(minutes * 60) }
    }

    /// ISO 8601 text with the UTC offset of the scenario's zone, e.g. `2026-11-30T08:00:00+01:00`;
    /// milliseconds are written only when the time has them.
    public func isoText(minutes: Double) -> String? {
        guard let origin else { return nil }
        let milliseconds = Int((minutes * 60_000).rounded())
        let wholeSeconds = Int((Double(milliseconds) / 1000).rounded(.down))
        let fraction = milliseconds - wholeSeconds * 1000
        let instant = origin.addingTimeInterval(Double(wholeSeconds))
        let offset = timeZone.secondsFromGMT(for: instant)
        let local = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        let sign = offset < 0 ? "-" : "+"
        let absolute = abs(offset)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        let seconds = fraction == 0 ? two(local.second) : two(local.second) + String(format: ".%03d", fraction)
        return String(format: "%04d-", local.year ?? 0) + two(local.month) + "-" + two(local.day)
            + "T" + two(local.hour) + ":" + two(local.minute) + ":" + seconds
            + sign + two(absolute / 3600) + ":" + two((absolute % 3600) / 60)
    }

    /// Parses ISO 8601 text with an offset back into minutes since the origin.
    public func minutes(isoText text: String) -> Double? {
        guard let origin else { return nil }
        let plain = Date.ISO8601FormatStyle(includingFractionalSeconds: false)
        let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        guard let instant = (try? plain.parse(text)) ?? (try? fractional.parse(text)) else { return nil }
        return instant.timeIntervalSince(origin) / 60
    }
}
