import FieldPlan
import FieldPlanTestSupport
import Testing

/// Why "removing an optional visit never makes a plan invalid" holds only when the removed visit
/// did not host a break: breaks are taken where the technician is (docs/search.md), so the break
/// taken after the removed visit must move to a neighbouring stop, and there it may fit nowhere.
///
/// Home at x = 0, `v` at 30, `w` at 60 (one minute per unit); the 30-minute break starts in
/// [15, 31]; `w` must start by 91. Taken after `v` (31–61), the day works; without `v`, the break
/// at home (15–45) brings the technician to `w` at 105, and after `w` (ends at 70 or later) it
/// starts too late.
struct BreakAfterRemovedVisitTests {
    private var scenario: Scenario {
        Scenario(
            name: "break after the removed visit",
            travel: TravelSettings(kind: .euclidean),
            objective: ObjectiveSettings(kind: .distance),
            technicians: [
                Technician(
                    id: "t", start: .planar(x: 0, y: 0), shift: Shift(start: .minutes(0), end: .minutes(480)),
                    breaks: [Break(duration: 30, earliestStart: .minutes(15), latestStart: .minutes(31))]),
            ],
            visits: [
                Visit(id: "v", location: .planar(x: 30, y: 0), duration: 1, mandatory: false),
                Visit(id: "w", location: .planar(x: 60, y: 0), duration: 10,
                      timeWindows: [TimeWindow(start: .minutes(0), end: .minutes(91))]),
            ])
    }

    private var withoutV: Scenario {
        var smaller = scenario
        smaller.visits.removeAll { $0.id == "v" }
        return smaller
    }

    @Test func theDayWithTheBreakAfterTheOptionalVisitIsValid() throws {
        let plan = PlanBuilderForTests.plan(scenario, routes: ["t": ["v", PlanBuilderForTests.breakMarker, "w"]])
        expectValid(plan, scenario)
        let rebuilt = PlanAssembler(problem: try Problem(scenario: scenario))
            .plan(sequences: [[0, 1]], strategy: "test", context: SearchContext(options: PlanningOptions()))
        #expect(rebuilt != nil, "the scheduler finds the break after v")
    }

    @Test func withoutTheOptionalVisitEveryPlaceForTheBreakBreaksTheDay() throws {
        let placements: [[String]] = [
            [PlanBuilderForTests.breakMarker, "w"], ["w", PlanBuilderForTests.breakMarker], ["w"],
        ]
        for sequence in placements {
            let report = validationReport(PlanBuilderForTests.plan(withoutV, routes: ["t": sequence]), withoutV)
            #expect(!report.violations.isEmpty, "\(sequence) should break a window or the break rule")
        }
        let rebuilt = PlanAssembler(problem: try Problem(scenario: withoutV))
            .plan(sequences: [[0]], strategy: "test", context: SearchContext(options: PlanningOptions()))
        #expect(rebuilt == nil, "no schedule of w alone takes the break in its window and reaches w by 91")
    }
}
