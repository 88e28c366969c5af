import Foundation

/// Writes plan times (minutes since the scenario's origin) as a dispatcher reads them.
///
/// With a plan date, times are local `HH:MM` in the scenario's time zone, so daylight-saving days
/// are right; without one, nominal minutes are shown as `HH:MM` (minute 480 reads 08:00). Times on
/// a later day than the origin get `+Nd`.
public struct ClockText: Sendable {
    private let resolver: TimeResolver?
    private let calendar: Calendar

    /// Creates the clock of a scenario's resolver (`nil`, or a resolver without a date: nominal).
    public init(resolver: TimeResolver?) {
        self.resolver = resolver?.origin == nil ? nil : resolver
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = resolver?.timeZone ?? TimeZone(identifier: "UTC") ?? .current
        self.calendar = calendar
    }

    /// Creates the clock of a scenario.
    public init(scenario: Scenario) {
        self.init(resolver: TimeResolver(date: scenario.date, timeZone: scenario.timeZone))
    }

    /// The time zone's identifier, when times are real clock times of a dated scenario.
    public var zoneName: String? { resolver?.timeZone.identifier }

    /// Minutes since the origin of a scenario time.
    public func minutes(_ point: TimePoint) -> Double {
        resolver?.minutes(point) ?? point.nominalMinutes
    }

    /// `HH:MM`, with `+Nd` when the time falls on a later (or earlier) day than the origin.
    public func text(_ minutes: Double) -> String {
        guard minutes.isFinite else { return "–" }
        let rounded = minutes.rounded()
        guard let resolver, let origin = resolver.origin, let date = resolver.date(minutes: rounded) else {
            let total = Int(rounded)
            let days = total >= 0 ? total / 1440 : (total - 1439) / 1440
            let within = total - days * 1440
            let clock = String(format: "%02d:%02d", within / 60, within % 60)
            return days == 0 ? clock : clock + String(format: "%+dd", days)
        }
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let days = calendar.dateComponents(
            [.day], from: calendar.startOfDay(for: origin), to: calendar.startOfDay(for: date)).day ?? 0
        let clock = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return days == 0 ? clock : clock + String(format: "%+dd", days)
    }

    /// Minutes as a whole number, e.g. `25 min`.
    public static func duration(_ minutes: Double) -> String {
        String(format: "%.0f min", minutes.rounded())
    }
}
