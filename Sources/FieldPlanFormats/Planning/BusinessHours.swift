import FieldPlanModel
import Foundation

/// The hours a support desk counts: a daily opening time and closing time on some weekdays,
/// in one time zone.
public struct BusinessHours: Sendable, Hashable {
    /// Opening time (clock).
    public var start: TimePoint
    /// Closing time (clock).
    public var end: TimePoint
    /// Working weekdays, `mon` … `sun`.
    public var days: [String]
    /// The zone of the clock times.
    public var timeZone: TimeZone

    /// Weekday names in `Calendar` order (1 = Sunday).
    static let weekdayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    /// Creates business hours (Monday to Friday, 08:00–17:00 by default).
    public init(
        start: TimePoint = .clock(hour: 8, minute: 0, second: 0), end: TimePoint = .clock(hour: 17, minute: 0, second: 0),
        days: [String] = ["mon", "tue", "wed", "thu", "fri"], timeZone: TimeZone = TimeZone(identifier: "UTC")!
    ) {
        self.start = start
        self.end = end
        self.days = days
        self.timeZone = timeZone
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The opening and closing instants of the day that contains `instant`, when it is a business day.
    private func hours(ofDayContaining instant: Date) -> (open: Date, close: Date)? {
        let calendar = self.calendar
        let weekday = calendar.component(.weekday, from: instant)
        guard days.contains(Self.weekdayNames[weekday - 1]) else { return nil }
        let day = calendar.dateComponents([.year, .month, .day], from: instant)
        func at(_ point: TimePoint) -> Date? {
            var components = day
            let minutes = Int(point.nominalMinutes.rounded())
            components.hour = minutes / 60
            components.minute = minutes % 60
            return calendar.date(from: components)
        }
        guard let open = at(start), let close = at(end), close > open else { return nil }
        return (open, close)
    }

    /// The start of the day after the one containing `instant`.
    private func nextDay(after instant: Date) -> Date {
        let calendar = self.calendar
        let midnight = calendar.startOfDay(for: instant)
        return calendar.date(byAdding: .day, value: 1, to: midnight) ?? midnight.addingTimeInterval(86_400)
    }

    /// `instant` plus `hours` of business time (searching at most a year ahead).
    public func adding(hours: Double, to instant: Date) -> Date {
        var remaining = hours * 3600
        var cursor = instant
        for _ in 0..<366 {
            if let (open, close) = self.hours(ofDayContaining: cursor) {
                let from = max(cursor, open)
                if from < close {
                    let available = close.timeIntervalSince(from)
                    if remaining <= available { return from.addingTimeInterval(remaining) }
                    remaining -= available
                }
            }
            cursor = nextDay(after: cursor)
        }
        return instant.addingTimeInterval(hours * 3600)
    }

    /// The closing time of the first business day on or after `instant`'s day (`skippingRequestDay`:
    /// strictly after it) whose closing time is still ahead.
    public func endOfBusinessDay(after instant: Date, skippingRequestDay: Bool) -> Date {
        var cursor = skippingRequestDay ? nextDay(after: instant) : instant
        for _ in 0..<366 {
            if let (_, close) = hours(ofDayContaining: cursor), close > instant { return close }
            cursor = nextDay(after: cursor)
        }
        return instant
    }
}

extension BusinessHours: Decodable {
    private enum CodingKeys: String, CodingKey { case start, end, days }

    /// The YAML/JSON keys business hours may have.
    static let keys = ["start", "end", "days"]

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = BusinessHours()
        let days = try c.decodeIfPresent([String].self, forKey: .days)?.map { $0.lowercased() } ?? defaults.days
        for (index, day) in days.enumerated() where !Self.weekdayNames.contains(day) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath + [CodingKeys.days, PlanningConfig.IndexKey(index)],
                debugDescription: "\"\(day)\" is not a weekday (mon, tue, wed, thu, fri, sat, sun)"))
        }
        self.init(
            start: try c.decodeIfPresent(TimePoint.self, forKey: .start) ?? defaults.start,
            end: try c.decodeIfPresent(TimePoint.self, forKey: .end) ?? defaults.end,
            days: days)
    }
}
