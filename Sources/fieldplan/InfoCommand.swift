import ArgumentParser
import FieldPlan

/// `fieldplan info`: describes a scenario and lists obvious infeasibilities, without planning.
struct InfoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Describe a scenario: sizes, skills matrix, visits nobody can serve.")

    /// The scenario and its format.
    @OptionGroup var input: ScenarioInput

    mutating func run() async throws {
        let scenario = try input.read()
        _ = try input.compile(scenario)
        let overview = ScenarioOverview(scenario: scenario)

        var text = (scenario.name ?? input.scenario) + "\n"
        if let date = scenario.date { text += "date \(date)" + (scenario.timeZone.map { ", \($0)" } ?? "") + "\n" }
        var sizes = TextTable([("Size", .left), ("Count", .right)])
        for (label, value) in overview.sizes { sizes.append([label, value]) }
        text += "\n" + sizes.render()

        var matrix = TextTable([("Skill", .left), ("Level", .right), ("Technicians", .right), ("Visits", .right)])
        var previous: String?
        for row in overview.skills {
            let label = row.skill == previous ? "" : row.skill
            matrix.append([label, "\(row.level)", "\(row.technicians)", "\(row.visits)"])
            previous = row.skill
        }
        text += "\nSkills (technicians at this level or above; visits needing exactly this level)\n"
        text += matrix.render()

        if overview.obstacles.isEmpty {
            text += "\nNo obvious infeasibility: every visit has a technician who could serve it.\n"
        } else {
            text += "\nVisits no technician can serve (\(overview.obstacles.count))\n"
            for obstacle in overview.obstacles { text += "  \(obstacle.visit): \(obstacle.reason)\n" }
        }
        Console.write(text, to: .standardOutput)
    }
}
