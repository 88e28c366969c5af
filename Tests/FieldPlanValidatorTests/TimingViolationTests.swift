import FieldPlanModel
import FieldPlanTestSupport
import FieldPlanValidator
import Testing

/// Travel, windows, deadlines, pinned starts, durations and the shift.
///
/// The valid line plan: depart 0; v1 10–15, v2 25–30, v3 40–45; back at 75.
@Suite struct TimingViolationTests {
    let line = Fixtures.line
    let all: KeyValuePairs<String, [String]> = ["t1": ["v1", "v2", "v3"]]

    @Test func arrivalTooEarlyForTravel() {
        let plan = edited(line, all) { retime(&$0, stop: 1, arrival: 22, start: 22, end: 27) }
        expectOnly(.arrivalTooEarly, plan, line)
    }

    @Test func startBeforeArrival() {
        let plan = edited(line, all) { retime(&$0, stop: 1, arrival: 25, start: 24, end: 29) }
        expectOnly(.startBeforeArrival, plan, line)
    }

    @Test func startOutsideTimeWindow() {
        var scenario = line
        scenario.visits[1].timeWindows = [TimeWindow(start: .minutes(100), end: .minutes(200))]
        let plan = PlanBuilderForTests.plan(line, routes: all)
        expectOnly(.outsideTimeWindow, plan, scenario)
    }

    @Test func startInSecondWindowIsValid() {
        var scenario = line
        scenario.visits[1].timeWindows = [
            TimeWindow(start: .minutes(0), end: .minutes(20)), TimeWindow(start: .minutes(50), end: .minutes(60)),
        ]
        let plan = PlanBuilderForTests.plan(scenario, routes: all)
        #expect(plan.routes[0].stops[1].start == 50)
        expectValid(plan, scenario)
    }

    @Test func hardDeadlineMissed() {
        var scenario = line
        scenario.visits[2].sla = ServiceLevel(deadline: .minutes(30), hard: true)
        let plan = PlanBuilderForTests.plan(scenario, routes: all)
        expectOnly(.hardDeadlineMissed, plan, scenario)
    }

    @Test func softDeadlineMissedOnlyCosts() {
        var scenario = line
        scenario.visits[2].sla = ServiceLevel(deadline: .minutes(30), penaltyPerMinute: 2)
        let plan = PlanBuilderForTests.plan(scenario, routes: all)
        expectValid(plan, scenario)
        let costs = validationReport(plan, scenario).recomputed
        #expect(costs.lateness == 10 && costs.latenessCost == 20 && costs.cost == 80)
    }

    @Test func pinnedStartMissed() {
        var scenario = line
        scenario.visits[1].pinnedStart = .minutes(50)
        let plan = PlanBuilderForTests.plan(line, routes: all)
        expectOnly(.pinnedStartMissed, plan, scenario)
    }

    @Test func wrongServiceDuration() {
        let plan = edited(line, all) { retime(&$0, stop: 1, arrival: 25, start: 25, end: 28) }
        expectOnly(.wrongDuration, plan, line)
    }

    @Test func workDurationFactorScalesService() {
        var scenario = line
        scenario.technicians[0].workDurationFactor = 2
        let plan = PlanBuilderForTests.plan(scenario, routes: all)
        #expect(plan.routes[0].stops[0].end == 20)
        expectValid(plan, scenario)
        expectViolations([.wrongDuration], plan, line)
    }

    @Test func speedFactorDividesTravel() {
        var scenario = line
        scenario.technicians[0].speedFactor = 2
        let plan = PlanBuilderForTests.plan(scenario, routes: all)
        #expect(plan.routes[0].stops[0].arrival == 5)
        expectValid(plan, scenario)
        #expect(validationReport(plan, scenario).recomputed.travelTime == 30)
        #expect(validationReport(plan, scenario).recomputed.distance == 60)
    }

    @Test func departureBeforeShiftStart() {
        var scenario = line
        scenario.technicians[0].shift.start = .minutes(5)
        let plan = PlanBuilderForTests.plan(line, routes: all)
        expectOnly(.startBeforeShift, plan, scenario)
    }

    @Test func returnBeforeTravelHomeAllows() {
        let plan = edited(line, all) { $0.routes[0].end = 70 }
        expectOnly(.returnTooEarly, plan, line)
    }

    @Test func openEndNeedsNoTravelHome() {
        var scenario = line
        scenario.technicians[0].openEnd = true
        let plan = PlanBuilderForTests.plan(scenario, routes: all)
        #expect(plan.routes[0].end == 45)
        expectValid(plan, scenario)
        #expect(validationReport(plan, scenario).recomputed.distance == 30)
    }

    @Test func separateEndLocationIsTravelledTo() {
        var scenario = line
        scenario.technicians[0].end = .planar(x: 30, y: 40)
        let plan = PlanBuilderForTests.plan(scenario, routes: all)
        #expect(plan.routes[0].end == 85)
        expectValid(plan, scenario)
        #expect(validationReport(plan, scenario).recomputed.distance == 70)
    }

    @Test func shiftEndPlusOvertimeExceeded() {
        var scenario = line
        scenario.technicians[0].shift.end = .minutes(60)
        scenario.technicians[0].allowedOvertime = 10
        let plan = PlanBuilderForTests.plan(scenario, routes: all)
        expectOnly(.overtimeExceeded, plan, scenario)
        #expect(validationReport(plan, scenario).recomputed.overtime == 15)
    }

    @Test func overtimeWithinAllowanceIsValid() {
        var scenario = line
        scenario.technicians[0].shift.end = .minutes(60)
        scenario.technicians[0].allowedOvertime = 15
        let plan = PlanBuilderForTests.plan(scenario, routes: all)
        expectValid(plan, scenario)
    }

    @Test func maxWorkingTimeExceeded() {
        var scenario = line
        scenario.technicians[0].maxWorkingTime = 60
        let plan = PlanBuilderForTests.plan(scenario, routes: all)
        expectOnly(.maxWorkingTimeExceeded, plan, scenario)
    }
}
