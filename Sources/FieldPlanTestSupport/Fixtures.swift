import FieldPlanModel

/// Small hand-checkable scenarios shared by the test targets.
///
/// Every fixture is built in Swift and documented with the numbers needed to check a plan by
/// hand, including the visit sequences of a valid plan that ``PlanBuilderForTests`` can build.
public enum Fixtures {
    /// Every fixture, by name, for tests that check a property of all of them.
    public static var all: [(name: String, scenario: Scenario)] {
        [("line", line), ("twoTechnicians", twoTechnicians), ("skills", skills), ("breaks", breaks),
         ("followUps", followUps), ("fieldDay", fieldDay), ("solomonC101Route", solomonC101Route)]
    }

    /// A planar location.
    static func at(_ x: Double, _ y: Double) -> Location { .planar(x: x, y: y) }

    /// A window in plain minutes.
    static func window(_ start: Double, _ end: Double) -> TimeWindow {
        TimeWindow(start: .minutes(start), end: .minutes(end))
    }

    /// A clock time of the plan date; traps on a malformed literal (a programmer error).
    static func clock(_ text: String) -> TimePoint {
        guard let point = TimePoint(clockText: text) else { preconditionFailure("bad clock literal \(text)") }
        return point
    }
}
