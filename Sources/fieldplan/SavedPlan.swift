import FieldPlan

/// A plan file read together with the scenario it answers: the one given with `--scenario`, else
/// the one the plan embeds or names (`fieldplan solve --embed-scenario`, `fieldplan plan`).
enum SavedPlan {
    /// Reads `plan` and its scenario; on failure prints the located issues and throws exit status 2.
    static func read(_ plan: String, scenario: String?) throws -> (plan: Plan, scenario: Scenario) {
        try read(plan, scenario: scenario.map { (path: $0, value: try readScenario($0)) })
    }

    /// Reads `plan` against a scenario already read from `scenario.path`, or against the one the
    /// plan carries when `scenario` is `nil`; on failure prints the located issues and throws exit
    /// status 2.
    static func read(
        _ plan: String, scenario: (path: String, value: Scenario)?
    ) throws -> (plan: Plan, scenario: Scenario) {
        do {
            if let scenario {
                return (try PlanReader.read(contentsOf: plan, scenario: scenario.value), scenario.value)
            }
            return try PlanReader.readWithScenario(contentsOf: plan)
        } catch {
            throw Diagnostics.report(error, file: plan)
        }
    }

    /// Reads the scenario file given with `--scenario`; on failure prints the located issues and
    /// throws exit status 2.
    static func readScenario(_ path: String) throws -> Scenario {
        do {
            return try ScenarioReader.read(contentsOf: path)
        } catch {
            throw Diagnostics.report(error, file: path)
        }
    }
}
