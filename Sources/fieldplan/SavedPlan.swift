import FieldPlan

/// A plan file read together with the scenario it answers: the one given with `--scenario`, else
/// the one the plan embeds or names (`fieldplan solve --embed-scenario`, `fieldplan plan`).
enum SavedPlan {
    /// Reads `plan` and its scenario; on failure prints the located issues and throws exit status 2.
    static func read(_ plan: String, scenario: String?) throws -> (plan: Plan, scenario: Scenario) {
        if let scenario {
            let scenarioValue: Scenario
            do {
                scenarioValue = try ScenarioReader.read(contentsOf: scenario)
            } catch {
                throw Diagnostics.report(error, file: scenario)
            }
            do {
                return (try PlanReader.read(contentsOf: plan, scenario: scenarioValue), scenarioValue)
            } catch {
                throw Diagnostics.report(error, file: plan)
            }
        }
        do {
            return try PlanReader.readWithScenario(contentsOf: plan)
        } catch {
            throw Diagnostics.report(error, file: plan)
        }
    }
}
