import FieldPlanModel
import FieldPlanTestSupport
import FieldPlanValidator
import Testing

/// Every visit served at most once, or listed as left out exactly once.
@Suite struct CoverageViolationTests {
    let line = Fixtures.line
    let all: KeyValuePairs<String, [String]> = ["t1": ["v1", "v2", "v3"]]

    @Test func duplicateVisit() {
        let plan = PlanBuilderForTests.plan(line, routes: ["t1": ["v1", "v2", "v3", "v1"]])
        expectOnly(.duplicateVisit, plan, line)
    }

    @Test func unknownVisitInARoute() {
        let plan = edited(line, all) { plan in
            plan.routes[0].stops.append(.visit("ghost", arrival: 45, start: 45, end: 50))
        }
        expectOnly(.unknownVisit, plan, line)
    }

    @Test func unknownVisitLeftOut() {
        let plan = edited(line, all) { plan in
            plan.unassigned.append(LeftOutVisit(visit: "ghost", reasons: []))
        }
        expectOnly(.unknownVisit, plan, line)
    }

    @Test func visitNeitherRoutedNorLeftOut() {
        let plan = edited(line, ["t1": ["v1", "v2"]]) { plan in plan.unassigned.removeAll() }
        expectOnly(.visitUnaccounted, plan, line)
        #expect(validationReport(plan, line).violations.first?.visit == "v3")
    }

    @Test func visitServedAndLeftOut() {
        let plan = edited(line, all) { plan in
            plan.unassigned.append(LeftOutVisit(visit: "v2", reasons: []))
        }
        expectOnly(.servedAndLeftOut, plan, line)
    }

    @Test func visitLeftOutTwice() {
        let plan = edited(line, ["t1": ["v1", "v2"]]) { plan in plan.unassigned += plan.unassigned }
        expectOnly(.duplicateLeftOut, plan, line)
    }

    @Test func mandatoryLeftOut() {
        var scenario = line
        scenario.visits[2].mandatory = true
        let plan = PlanBuilderForTests.plan(scenario, routes: ["t1": ["v1", "v2"]])
        expectOnly(.mandatoryLeftOut, plan, scenario)
        #expect(validationReport(plan, scenario).recomputed.unassignedCost == 1_000_000)
    }

    @Test func leftOutPenaltiesFollowPriorityAndExplicitPenalty() {
        var scenario = line
        scenario.visits[1].priority = 4
        scenario.visits[2].penalty = 77
        let plan = PlanBuilderForTests.plan(scenario, routes: ["t1": ["v1"]])
        expectValid(plan, scenario)
        #expect(validationReport(plan, scenario).recomputed.unassignedCost == 4000 + 77)
    }
}
