import ArgumentParser
import FieldPlan

/// The scenario argument and its `--format` option, shared by every subcommand that reads one.
struct ScenarioInput: ParsableArguments {
    /// Path of the scenario file.
    @Argument(help: "The scenario file (JSON, YAML or Solomon text).")
    var scenario: String

    /// The scenario's format, when it should not be guessed from the file.
    @Option(help: "The scenario's format (json, yaml, solomon); guessed from the file when omitted.")
    var format: ScenarioFormat?

    /// Reads the scenario; on failure prints every located issue and throws exit status 2.
    func read() throws -> Scenario {
        do {
            return try ScenarioReader.read(contentsOf: scenario, format: format)
        } catch {
            throw Diagnostics.report(error, file: scenario)
        }
    }

    /// Validates and compiles the scenario; on failure prints every issue and throws exit status 2.
    func compile(
        _ value: Scenario, convention: DistanceConvention = .exact, objectiveKind: ObjectiveSettings.Kind? = nil
    ) throws -> Problem {
        do {
            return try Problem(scenario: value, convention: convention, objectiveKind: objectiveKind)
        } catch {
            throw Diagnostics.report(error, file: scenario)
        }
    }
}
