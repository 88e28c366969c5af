import ArgumentParser
import FieldPlan

/// Prints input errors the way dispatchers and editors read them, and picks the exit status.
enum Diagnostics {
    /// Prints each issue as `FILE: location: message` on standard error; returns exit status 2.
    static func report(_ error: ScenarioError, file: String) -> ExitCode {
        var located = error
        if located.file == nil { located.file = file }
        Console.error(located.description)
        return ExitCode(ExitStatus.badInput.rawValue)
    }

    /// Prints a one-line bad-input message on standard error; returns exit status 2.
    static func badInput(_ message: String) -> ExitCode {
        Console.error("fieldplan: \(message)")
        return ExitCode(ExitStatus.badInput.rawValue)
    }

    /// Prints why a lower bound failed and returns its exit status: 2 for an objective with no
    /// bound, 3 when the LP solver fails.
    static func boundFailure(_ error: BoundError) -> ExitCode {
        switch error {
        case .unsupportedObjective:
            return badInput(error.description)
        case .solverFailed:
            Console.error("fieldplan: internal error: \(error)")
            return ExitCode(ExitStatus.internalError.rawValue)
        }
    }
}
