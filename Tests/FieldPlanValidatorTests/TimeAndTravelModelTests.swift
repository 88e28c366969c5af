import FieldPlanModel
import FieldPlanTestSupport
import FieldPlanValidator
import Testing

/// Clock times resolve through the scenario's date and zone; every travel model is measured.
@Suite struct TimeAndTravelModelTests {
    let all: KeyValuePairs<String, [String]> = ["t1": ["v1", "v2", "v3"]]

    /// On 2026-03-29 Berlin springs forward at 02:00, so 08:00 is 420 real minutes after midnight.
    @Test func clockTimesCountRealMinutesOnADaylightSavingDay() throws {
        var scenario = Fixtures.line
        scenario.date = "2026-03-29"
        scenario.timeZone = "Europe/Berlin"
        scenario.technicians[0].shift = Shift(start: try #require(TimePoint(clockText: "07:00")),
                                              end: try #require(TimePoint(clockText: "18:00")))
        scenario.visits[0].timeWindows = []
        scenario.visits[0].pinnedStart = TimePoint(clockText: "08:00")
        let plan = PlanBuilderForTests.plan(scenario, routes: all)
        #expect(plan.routes[0].start == 360)
        #expect(plan.routes[0].stops[0].start == 420)
        expectValid(plan, scenario)

        var undated = scenario
        undated.date = nil
        #expect(validationReport(plan, undated).codes.contains(.pinnedStartMissed))
    }

    /// Matrix travel: durations from the matrix, distances zero when the matrix has none.
    @Test func matrixTravel() {
        var scenario = Fixtures.line
        let minutes: [[Double]] = [[0, 7, 14, 21], [7, 0, 7, 14], [14, 7, 0, 7], [21, 14, 7, 0]]
        scenario.travel = TravelSettings(kind: .matrix, matrix: TravelMatrix(durations: minutes))
        scenario.technicians[0].start = .matrixIndex(0)
        for index in scenario.visits.indices { scenario.visits[index].location = .matrixIndex(index + 1) }
        let plan = PlanBuilderForTests.plan(scenario, routes: all)
        expectValid(plan, scenario)
        let costs = validationReport(plan, scenario).recomputed
        #expect(costs.travelTime == 42)
        #expect(costs.distance == 0)

        var outside = scenario
        outside.visits[2].location = .matrixIndex(9)
        #expect(validationReport(plan, outside).codes.contains(.unroutableLocation))
    }
}
