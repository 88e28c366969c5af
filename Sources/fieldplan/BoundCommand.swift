import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan bound`: a lower bound on the cost of every plan of a scenario, by column generation.
struct BoundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bound",
        abstract: "Compute a lower bound on the cost of any plan of a scenario.",
        discussion: """
            Column generation over routes (GLPK master LP, labelling pricing). Writes JSON \
            {"bound", "iterations", "columns", "elapsedSeconds", "converged", "cuts"} in the scenario's \
            objective units; "bound" is null only when no pricing round ran in time. \
            See docs/bounds.md.
            """)

    /// The scenario and its format.
    @OptionGroup var input: ScenarioInput

    /// Distance convention and objective.
    @OptionGroup var model: ModelOptions

    /// Wall-clock limit in seconds.
    @Option(name: .customLong("time-limit"), help: "Stop after this many seconds (the best bound so far counts).")
    var timeLimit: Double = 60

    /// Where the JSON goes.
    @Option(name: [.short, .long], help: "Write the JSON to this file ('-' for standard output).")
    var output: String = "-"

    mutating func validate() throws {
        guard timeLimit > 0, timeLimit.isFinite else { throw ValidationError("--time-limit must be positive") }
    }

    mutating func run() async throws {
        let scenario = try input.read()
        let problem = try input.compile(scenario, convention: model.distance, objectiveKind: model.objective)
        let result = try Self.bound(problem, timeLimit: timeLimit, initialRoutes: [])
        let document = Document(
            bound: result.bound, iterations: result.iterations, columns: result.columns,
            elapsedSeconds: result.elapsedSeconds, converged: result.converged, cuts: result.cuts,
            objective: problem.objective.kind.rawValue, distanceConvention: problem.convention.rawValue)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try OutputFile.write(encoder.encode(document), to: output)
    }

    /// Computes the bound, mapping an unsupported objective to exit status 2 and a solver failure
    /// to exit status 3.
    static func bound(_ problem: Problem, timeLimit: Double, initialRoutes: [[Int]]) throws -> LowerBound {
        do {
            return try ColumnGenerationBound(problem: problem).compute(initialRoutes: initialRoutes, timeLimit: timeLimit)
        } catch {
            throw Diagnostics.boundFailure(error)
        }
    }

    /// The JSON written: `bound` is written as null when unknown.
    struct Document: Encodable {
        var bound: Double?
        var iterations: Int
        var columns: Int
        var elapsedSeconds: Double
        var converged: Bool
        var cuts: Int
        var objective: String
        var distanceConvention: String

        private enum CodingKeys: String, CodingKey {
            case bound, iterations, columns, elapsedSeconds, converged, cuts, objective, distanceConvention
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(bound, forKey: .bound)
            try container.encode(iterations, forKey: .iterations)
            try container.encode(columns, forKey: .columns)
            try container.encode(elapsedSeconds, forKey: .elapsedSeconds)
            try container.encode(converged, forKey: .converged)
            try container.encode(cuts, forKey: .cuts)
            try container.encode(objective, forKey: .objective)
            try container.encode(distanceConvention, forKey: .distanceConvention)
        }
    }
}
