import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan compare`: plans of one scenario side by side, recosted by the validator.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare plans of one scenario: costs, verdicts and what each changes against the first.",
        discussion: """
            Every plan is checked and recosted by the independent validator, in the distance convention \
            it was solved in, so a hand-edited plan compares fairly with a solver's. The plans must \
            answer the same scenario: give it with --scenario, or let each plan embed or name it. \
            Exits with 1 when a plan breaks a constraint or leaves a mandatory visit out.
            """)

    /// The plan files, the reference first.
    @Argument(help: "Two or more plan JSON files; the first is the reference.")
    var plans: [String]

    /// The scenario, when the plans do not carry it.
    @Option(help: "The scenario file, when the plans neither embed nor name it.")
    var scenario: String?

    /// Overrides the scenario's objective kind.
    @Option(help: "Objective: weighted, distance or vehicles-then-distance (default: the scenario's).")
    var objective: ObjectiveSettings.Kind?

    /// JSON instead of text.
    @Flag(help: "Write the comparison as JSON.")
    var json = false

    /// Where the comparison goes.
    @Option(name: [.short, .long], help: "Write the comparison to this file ('-' for standard output).")
    var output: String = "-"

    mutating func validate() throws {
        guard plans.count >= 2 else { throw ValidationError("give at least two plans to compare") }
    }

    mutating func run() async throws {
        let given = try scenario.map { (path: $0, value: try SavedPlan.readScenario($0)) }
        var read: [(path: String, plan: Plan, scenario: Scenario)] = []
        for path in plans {
            let (plan, scenarioValue) = try SavedPlan.read(path, scenario: given)
            if let first = read.first, first.scenario != scenarioValue {
                throw Diagnostics.badInput(
                    "\(path) answers another scenario than \(first.path); give the scenario with --scenario")
            }
            read.append((path, plan, scenarioValue))
        }
        let names = Self.names(plans)
        let comparison = PlanComparison(
            scenario: read[0].scenario, plans: zip(names, read).map { ($0, $1.plan) }, objectiveKind: objective)
        let data: Data
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            data = try encoder.encode(PlanComparisonDocument(comparison))
        } else {
            data = Data(PlanComparisonText(comparison: comparison).render().utf8)
        }
        try OutputFile.write(data, to: output)
        if !comparison.entries.allSatisfy(\.validation.isValid) { throw ExitCode(ExitStatus.incomplete.rawValue) }
    }

    /// Each file's name when the names are distinct, else the paths as given.
    private static func names(_ paths: [String]) -> [String] {
        let names = paths.map { URL(fileURLWithPath: $0).lastPathComponent }
        return Set(names).count == names.count ? names : paths
    }
}
