import FieldPlanModel

/// Small hand-checkable scenarios for the validator tests.
enum ValidatorFixtures {
    /// A clock time on the hour.
    static func at(_ hour: Int, _ minute: Int = 0) -> TimePoint { .clock(hour: hour, minute: minute, second: 0) }

    /// A valid scenario: two technicians, three visits, Euclidean travel.
    static func scenario() -> Scenario {
        Scenario(
            name: "tiny",
            technicians: [
                Technician(id: "t1", skills: ["gas": 2], start: .planar(x: 0, y: 0),
                           shift: Shift(start: at(8), end: at(17))),
                Technician(id: "t2", skills: ["electrical": 1], start: .planar(x: 10, y: 0),
                           shift: Shift(start: at(8), end: at(16)),
                           breaks: [Break(duration: 30, earliestStart: at(12), latestStart: at(13))]),
            ],
            visits: [
                Visit(id: "v1", location: .planar(x: 3, y: 4), duration: 30, skills: ["gas": 1],
                      timeWindows: [TimeWindow(start: at(9), end: at(12))]),
                Visit(id: "v2", location: .planar(x: 6, y: 8), duration: 45),
                Visit(id: "v3", location: .planar(x: 1, y: 1), duration: 20,
                      followUp: FollowUp(after: "v2", minGap: 60)),
            ])
    }
}
