import ArgumentParser
import FieldPlan
import Foundation

/// The `fieldplan` tool: plans a day of field-service visits, checks plans, describes scenarios,
/// benchmarks strategies and generates scenarios.
///
/// Exit codes follow ``ExitStatus``: 0 solved, 1 a mandatory visit left out or the validator
/// found violations, 2 bad input (command line, unreadable or invalid files), 3 internal error.
@main
struct FieldPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fieldplan",
        abstract: "Plan a day of field-service visits for a team of technicians.",
        discussion: """
            Exit status: 0 solved, 1 a mandatory visit is left out or the plan has violations, \
            2 bad input, 3 internal error.
            """,
        subcommands: [
            SolveCommand.self, ValidateCommand.self, CompareCommand.self, ReportCommand.self, InfoCommand.self, StrategiesCommand.self, BenchCommand.self,
            GenerateCommand.self, BoundCommand.self, ProveCommand.self, ExplainCommand.self, PlanCommand.self, ReplanCommand.self,
            ServeCommand.self, WorkerCommand.self,
        ])

    /// Parses the command line and runs the chosen subcommand, mapping every failure to an
    /// ``ExitStatus``: usage errors are bad input (2), unexpected errors internal (3).
    static func main() async {
        do {
            var command = try await asyncParseAsRoot(nil)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Self.exit(withError: error)
            } else if code == .validationFailure {
                Console.error(fullMessage(for: error))
                Foundation.exit(ExitStatus.badInput.rawValue)
            } else {
                Console.error("fieldplan: internal error: \(error)")
                Foundation.exit(ExitStatus.internalError.rawValue)
            }
        }
    }
}
