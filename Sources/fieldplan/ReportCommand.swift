import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan report`: the dispatcher's report of a saved plan, as text or as an HTML page.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the day report of a saved plan: a text summary or a self-contained HTML page.",
        discussion: """
            The plan must embed its scenario or name the scenario file beside it; otherwise give it \
            with --scenario. The plan is checked by the validator first, in the distance convention it \
            was solved in, and the text report ends with the verdict. Exits with 1 (after writing the \
            report) when the plan breaks a constraint or leaves a mandatory visit out.
            """)

    /// The two kinds of report.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// The per-technician summary `solve` prints.
        case text
        /// The self-contained HTML page `solve --report` writes.
        case html
    }

    /// Path of the plan file.
    @Argument(help: "The plan JSON file.")
    var plan: String

    /// The scenario, when the plan does not carry it.
    @Option(help: "The scenario file, when the plan neither embeds nor names it.")
    var scenario: String?

    /// Text or HTML.
    @Option(help: "The report's format.")
    var format: Format = .text

    /// Where the report goes.
    @Option(name: [.short, .long], help: "Write the report to this file ('-' for standard output).")
    var output: String = "-"

    /// Overrides the scenario's objective kind.
    @Option(help: "Objective: weighted, distance or vehicles-then-distance (default: the scenario's).")
    var objective: ObjectiveSettings.Kind?

    mutating func run() async throws {
        let (planValue, scenarioValue) = try SavedPlan.read(plan, scenario: scenario)
        let convention = planValue.summary.distanceConvention
        let validation = PlanValidator(scenario: scenarioValue, convention: convention, objectiveKind: objective)
            .validate(planValue)
        let summary = PlanSummaryReport(
            scenario: scenarioValue, plan: planValue, validation: validation, convention: convention)
        let text = switch format {
        case .text: summary.render()
        case .html: HTMLDayReport(scenario: scenarioValue, plan: planValue).render()
        }
        try OutputFile.write(Data(text.utf8), to: output)
        if output != "-" { Console.error("report written to \(output)") }
        if !validation.isValid {
            let count = validation.violations.count
            Console.error("the plan has \(count) violation\(count == 1 ? "" : "s"): see fieldplan validate")
        }
        if !validation.isValid {
            throw ExitCode(ExitStatus.incomplete.rawValue)
        }
    }
}
