import Foundation

/// Wall-clock allowances for the few tests whose outcome depends on speed.
///
/// `FIELDPLAN_TEST_TIME_SCALE` (default 1) multiplies them; `make sanitize` sets it, since the
/// sanitizers slow code down several times.
public enum TestTiming {
    /// The factor from the environment, at least 1.
    public static let scale: Double = {
        let text = ProcessInfo.processInfo.environment["FIELDPLAN_TEST_TIME_SCALE"] ?? ""
        return max(1, Double(text) ?? 1)
    }()

    /// `seconds` scaled for this run.
    public static func seconds(_ seconds: Double) -> Double { seconds * scale }
}
