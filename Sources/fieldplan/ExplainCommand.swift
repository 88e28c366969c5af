import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan explain`: the options for one visit of a plan, from the plan file alone.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one visit of a plan: who serves it and the alternatives, or why it is left out.",
        discussion: """
            The plan must embed its scenario or name the scenario file beside it (`fieldplan solve \
            --embed-scenario`, or `fieldplan plan`); otherwise give it with --scenario. For a visit left \
            out it prints the reasons and, per technician, the cheapest insertion into the plan's \
            routes (extra travel, overtime, cost) or why they cannot take it. For a served visit it \
            prints when and by whom, and what each technician's cheapest insertion would be were it \
            taken out of its route.
            """)

    /// Path of the plan file.
    @Argument(help: "The plan JSON file.")
    var plan: String

    /// The visit's id.
    @Argument(help: "The visit's id.")
    var visit: String

    /// The scenario, when the plan does not carry it.
    @Option(help: "The scenario file, when the plan neither embeds nor names it.")
    var scenario: String?

    mutating func run() async throws {
        let (planValue, scenarioValue) = try SavedPlan.read(plan, scenario: scenario)
        let problem: Problem
        do {
            problem = try Problem(scenario: scenarioValue, convention: planValue.summary.distanceConvention)
        } catch {
            throw Diagnostics.report(error, file: scenario ?? plan)
        }
        guard let visitValue = scenarioValue.visits.first(where: { $0.id == visit }) else {
            throw Diagnostics.badInput("the scenario has no visit \"\(visit)\"")
        }
        let explainer = PlanExplainer(problem: problem, plan: planValue)
        let text = VisitExplanationText(scenario: scenarioValue, plan: planValue, visit: visitValue)
        Console.output(text.header())
        if let leftOut = planValue.unassigned.first(where: { $0.visit == visit }) {
            let fresh = explainer.leftOut(visit)
            Console.output(text.leftOut(fresh ?? leftOut))
        } else {
            Console.output(text.served(alternatives: explainer.alternatives(for: visit)))
        }
    }
}
