import FieldPlanModel
import Foundation

/// A wall-clock date-time without a zone, as spreadsheets write it: `2026-11-30 08:15`.
public struct LocalDateTime: Sendable, Hashable {
    /// Year, month, day, hour, minute and second.
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int

    /// Parses `YYYY-MM-DD HH:MM[:SS]` or `YYYY-MM-DDTHH:MM[:SS]`; `nil` otherwise.
    public init?(text: String) {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard parts.count == 2 else { return nil }
        let date = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard date.count == 3, date[0].count == 4, date[1].count == 2, date[2].count == 2,
              let year = Int(date[0]), let month = Int(date[1]), let day = Int(date[2]),
              (1...12).contains(month), (1...31).contains(day),
              case .clock(let hour, let minute, let second)? = TimePoint(clockText: String(parts[1])), hour < 24
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The date components of this date-time.
    public var components: DateComponents {
        DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }
}

extension TimeResolver {
    /// Minutes since the origin of a local date-time in the resolver's zone; `nil` without a date
    /// or when the date-time does not exist.
    public func minutes(of local: LocalDateTime) -> Double? {
        guard let origin else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard let instant = calendar.date(from: local.components),
              calendar.component(.day, from: instant) == local.day
        else { return nil }
        return instant.timeIntervalSince(origin) / 60
    }
}
