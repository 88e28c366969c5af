import FieldPlanModel
import FieldPlanTestSupport
import FieldPlanValidator
import Testing

/// The validator reports, and never traps on, malformed plans.
@Suite struct RobustnessTests {
    let line = Fixtures.line
    let all: KeyValuePairs<String, [String]> = ["t1": ["v1", "v2", "v3"]]

    @Test func nonFiniteTimes() {
        let plan = edited(line, all) { plan in
            plan.routes[0].stops[1].start = .nan
            plan.routes[0].end = .infinity
        }
        let report = validationReport(plan, line)
        #expect(report.codes.contains(.nonFiniteTime))
        #expect(report.recomputed.distance == 60)
    }

    @Test func locationTheTravelModelCannotMeasure() {
        var scenario = line
        scenario.visits[1].location = .geographic(latitude: 52.5, longitude: 13.4)
        let plan = PlanBuilderForTests.plan(line, routes: all)
        #expect(validationReport(plan, scenario).codes.contains(.unroutableLocation))
    }

    @Test func visitStopWithoutId() {
        let plan = edited(line, all) { plan in
            var stop = Stop.visit("v1", arrival: 45, start: 45, end: 45)
            stop.visit = nil
            plan.routes[0].stops.append(stop)
        }
        expectOnly(.malformedStop, plan, line)
    }

    @Test func nonsensePlanIsReportedNotTrapped() {
        let plan = Plan(
            routes: [
                Route(technician: "", start: -.infinity, end: .nan, stops: [
                    .visit("v1", arrival: .nan, start: .nan, end: .nan),
                ]),
                Route(technician: "t1", start: .nan, end: -5, stops: [
                    .visit("nope", arrival: 0, start: 0, end: 0),
                    .breakStop(arrival: .infinity, start: 0, end: -1),
                    .visit("v1", arrival: 0, start: 0, end: 0),
                ]),
                Route(technician: "t1", start: 0, end: 0, stops: []),
            ],
            unassigned: [LeftOutVisit(visit: "v1", reasons: []), LeftOutVisit(visit: "", reasons: [])],
            summary: PlanSummary(distance: .nan, travelTime: -1, routes: -1, assigned: 99, unassigned: 0,
                                 lateness: .infinity, overtime: 0, cost: .nan, strategy: "", seed: 0,
                                 elapsedSeconds: 0, distanceConvention: .exact))
        let report = validationReport(plan, line)
        #expect(!report.isValid)
        #expect(report.codes.isSuperset(of: [.unknownTechnician, .unknownVisit, .duplicateVisit, .emptyRoute,
                                             .technicianTwice, .nonFiniteTime, .summaryMismatch]))
    }

    @Test func invalidDateIsReported() {
        var scenario = line
        scenario.date = "2026-02-30"
        let plan = PlanBuilderForTests.plan(line, routes: all)
        expectOnly(.unresolvableTime, plan, scenario)
    }

    @Test func codesAreKebabCaseAndDistinct() {
        let raw = ViolationCode.allCases.map(\.rawValue)
        #expect(Set(raw).count == raw.count)
        for code in raw {
            #expect(code.allSatisfy { $0.isLowercase || $0 == "-" }, "\(code)")
        }
    }

    @Test func violationDescriptionNamesCodeAndSubjects() {
        let violation = PlanViolation(.skillMissing, technician: "t1", visit: "v2", "lacks gas")
        #expect(violation.description == "[skill-missing] technician t1, visit v2: lacks gas")
    }
}
