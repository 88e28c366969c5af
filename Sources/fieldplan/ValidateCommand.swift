import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan validate`: checks a plan against its scenario and recomputes its costs.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a plan against its scenario and recompute its costs.",
        discussion: "Exits with 1 when the plan breaks a constraint or leaves a mandatory visit out.")

    /// The scenario and its format.
    @OptionGroup var input: ScenarioInput

    /// Path of the plan file.
    @Argument(help: "The plan JSON file, as `fieldplan solve --output` writes it.")
    var plan: String

    /// Distance convention and objective.
    @OptionGroup var model: ModelOptions

    mutating func run() async throws {
        let scenario = try input.read()
        _ = try input.compile(scenario, convention: model.distance, objectiveKind: model.objective)
        let planValue: Plan
        do {
            planValue = try PlanReader.read(contentsOf: plan, scenario: scenario)
        } catch {
            throw Diagnostics.report(error, file: plan)
        }
        let report = PlanValidator(scenario: scenario, convention: model.distance, objectiveKind: model.objective)
            .validate(planValue)
        if report.isValid {
            Console.output("plan is valid")
        } else {
            let count = report.violations.count
            Console.output("\(count) violation\(count == 1 ? "" : "s"):")
            for violation in report.violations { Console.output("  \(violation)") }
        }
        Console.output(Self.costs(report.recomputed, stated: planValue.summary))
        if !report.isValid { throw ExitCode(ExitStatus.incomplete.rawValue) }
    }

    /// The recomputed totals and cost terms, with the plan's own cost beside them.
    private static func costs(_ costs: RecomputedCosts, stated: PlanSummary) -> String {
        var table = TextTable([("Recomputed", .left), ("Value", .right)])
        let rows: [(String, String)] = [
            ("routes", "\(costs.routes)"),
            ("visits served", "\(costs.assigned)"),
            ("visits left out", "\(costs.unassigned)"),
            ("distance", String(format: "%.3f", costs.distance)),
            ("travel minutes", String(format: "%.2f", costs.travelTime)),
            ("lateness minutes", String(format: "%.2f", costs.lateness)),
            ("overtime minutes", String(format: "%.2f", costs.overtime)),
            ("cost of visits left out", String(format: "%.2f", costs.unassignedCost)),
            ("cost of lateness", String(format: "%.2f", costs.latenessCost)),
            ("cost of overtime", String(format: "%.2f", costs.overtimeCost)),
            ("cost of travel time", String(format: "%.2f", costs.travelTimeCost)),
            ("cost of distance", String(format: "%.2f", costs.distanceCost)),
            ("technician cost", String(format: "%.2f", costs.technicianCost)),
            ("route cost", String(format: "%.2f", costs.routeCost)),
            ("preference bonus", String(format: "-%.2f", costs.preferenceBonus)),
            ("cost", String(format: "%.2f", costs.cost)),
            ("cost stated in the plan", String(format: "%.2f", stated.cost)),
        ]
        for row in rows { table.append([row.0, row.1]) }
        return table.render(indent: 0)
    }
}
