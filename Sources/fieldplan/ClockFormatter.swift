import FieldPlan
import Foundation

/// Shows plan times (minutes since the scenario's origin) the way a dispatcher reads them.
///
/// With a plan date, times are local `HH:MM` in the scenario's time zone (`+1d` past midnight);
/// without one they are plain minutes, as in Solomon instances.
struct ClockFormatter {
    private let resolver: TimeResolver?
    private let calendar: Calendar

    /// Creates a formatter for a scenario.
    init(scenario: Scenario) {
        let resolver = TimeResolver(date: scenario.date, timeZone: scenario.timeZone)
        self.resolver = resolver?.origin == nil ? nil : resolver
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = resolver?.timeZone ?? TimeZone(identifier: "UTC") ?? .current
        self.calendar = calendar
    }

    /// Minutes since the origin for a scenario time (nominal minutes without a date).
    func minutes(_ point: TimePoint) -> Double {
        resolver?.minutes(point) ?? point.nominalMinutes
    }

    /// `HH:MM` (or `HH:MM+1d`) with a date; the rounded minutes without one.
    func text(_ minutes: Double) -> String {
        guard let resolver, let origin = resolver.origin,
              let date = resolver.date(minutes: minutes.rounded())
        else { return String(format: "%.0f", minutes) }
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let days = calendar.dateComponents(
            [.day], from: calendar.startOfDay(for: origin), to: calendar.startOfDay(for: date)).day ?? 0
        let clock = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return days == 0 ? clock : clock + String(format: "%+dd", days)
    }
}
