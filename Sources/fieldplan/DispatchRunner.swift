import ArgumentParser
import FieldPlan
import Foundation

/// Shared steps of `plan` and `replan`: run a dispatch job with progress and Ctrl-C, then write
/// the folder, print the summary and pick the exit status.
enum DispatchRunner {
    /// Runs the job in a task that Ctrl-C cancels, with a progress display on standard error.
    static func run(_ job: DispatchJob, quiet: Bool, file: String) async throws -> DispatchResult {
        do {
            return try await ProgressRun.run(quiet: quiet) { progress in try await job.run(progress: progress) }
        } catch let error as ScenarioError {
            throw Diagnostics.report(error, file: file)
        } catch let error as PlannerError {
            throw Diagnostics.badInput(error.description)
        }
    }

    /// Writes the outputs into `folder`, prints the summary and the files, and throws exit status
    /// 1 when a mandatory visit is left out or the plan has violations.
    static func write(_ result: DispatchResult, to folder: String) throws {
        let paths: [String]
        do {
            paths = try DispatchOutputs(result: result).write(to: URL(fileURLWithPath: folder))
        } catch {
            throw Diagnostics.badInput("cannot write into \(folder): \(error.localizedDescription)")
        }
        let summary = PlanSummaryReport(
            scenario: result.scenario, plan: result.plan, validation: result.validation, convention: .exact)
        Console.write(summary.render(), to: .standardOutput)
        if !result.skipped.isEmpty {
            Console.write("\(result.skipped.count) input rows skipped:\n", to: .standardOutput)
            for row in result.skipped { Console.write("  \(row)\n", to: .standardOutput) }
        }
        Console.write("wrote \(paths.count) files to \(folder)\n", to: .standardOutput)
        if result.exitStatus != .solved { throw ExitCode(result.exitStatus.rawValue) }
    }
}
