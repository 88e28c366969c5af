import FieldPlanFormats
import FieldPlanModel
import FieldPlanSearch
import FieldPlanValidator

/// Read → validate → (small inputs) solve briefly → check the plan with the validator.
enum ScenarioPipeline {
    /// Scenarios up to this size are solved; larger ones are only read and validated.
    static let largestSolved = (visits: 30, technicians: 6)

    /// Runs the pipeline on what `read` returns, trapping on a broken promise.
    static func run(_ read: () throws(ScenarioError) -> Scenario) {
        let scenario: Scenario
        do {
            scenario = try read()
        } catch {
            Promises.everyIssueIsLocated(error)
            return
        }
        let problem: Problem
        do {
            problem = try Problem(scenario: scenario)
        } catch {
            Promises.everyIssueIsLocated(error)
            return
        }
        guard scenario.visits.count <= largestSolved.visits,
              scenario.technicians.count <= largestSolved.technicians else { return }
        let context = SearchContext(options: PlanningOptions(timeLimit: nil, iterationLimit: 20, seed: 1))
        let plan = LNSStrategy().plan(problem, context: context)
        Promises.planIsValid(plan, scenario: scenario)
    }
}
