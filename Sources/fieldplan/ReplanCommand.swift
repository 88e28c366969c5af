import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan replan`: re-plans the rest of the day from a written plan and what has happened.
struct ReplanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replan",
        abstract: "Re-plan the rest of the day: started visits stay, events apply, the rest is re-optimised.",
        discussion: """
            Visits started before --now stay fixed; technicians continue from where they are; \
            cancellations, new visits, sick technicians and reported positions come from --events \
            (see docs/replanning.md). Moving a visit to another technician costs --move-penalty. \
            Writes the same folder as `fieldplan plan`.
            """)

    /// The plan technicians were told about.
    @Argument(help: "The plan file (plan.json written by `fieldplan plan`, or with --scenario).")
    var plan: String

    /// Re-planning time.
    @Option(help: "The current time, HH:MM on the plan date.")
    var now: String

    /// The events file.
    @Option(help: "The events file (JSON): cancelled, sick, newVisits, positions.")
    var events: String?

    /// The plan's scenario, when the plan does not embed it.
    @Option(help: "The plan's scenario file, when plan.json does not embed it.")
    var scenario: String?

    /// The planning configuration.
    @Option(help: "The planning configuration (search and replanning.movePenalty).")
    var config: String?

    /// Move penalty override.
    @Option(name: .customLong("move-penalty"), help: "Cost of moving a visit to another technician (default 50).")
    var movePenalty: Double?

    /// The output folder.
    @Option(help: "The folder the outputs are written to.")
    var out: String

    /// Limits, seed, threads and progress.
    @OptionGroup var overrides: SearchOverrides

    mutating func validate() throws {
        if let movePenalty, !(movePenalty >= 0 && movePenalty.isFinite) { throw ValidationError("--move-penalty must be ≥ 0") }
    }

    mutating func run() async throws {
        let config: PlanningConfig
        do {
            config = try DispatchScenarioBuilder.loadConfig(self.config).0
        } catch {
            Console.error(error.description)
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        let loaded: (plan: Plan, scenario: Scenario)
        do {
            if let scenario {
                let value = try ScenarioReader.read(contentsOf: scenario)
                loaded = (try PlanReader.read(contentsOf: plan, scenario: value), value)
            } else {
                loaded = try PlanReader.readWithScenario(contentsOf: plan)
            }
        } catch {
            throw Diagnostics.report(error, file: plan)
        }
        let resolver = TimeResolver(date: loaded.scenario.date, timeZone: loaded.scenario.timeZone)
        guard let point = TimePoint(clockText: now), let resolver else {
            throw Diagnostics.badInput("--now \"\(now)\" is not a clock time HH:MM")
        }
        var replanEvents = ReplanEvents()
        if let events {
            do {
                replanEvents = try ReplanEvents.read(contentsOf: events)
            } catch {
                throw Diagnostics.report(error, file: events)
            }
        }
        let search = overrides.applied(to: config.search)
        let job = ReplanJob(
            scenario: loaded.scenario, plan: loaded.plan, now: resolver.minutes(point), events: replanEvents,
            movePenalty: movePenalty ?? config.movePenalty, search: search)
        let display = ProgressDisplay(enabled: !overrides.quiet, isTerminal: Console.standardErrorIsTerminal)
        let result: DispatchResult
        do {
            result = try await job.run(progress: display.record)
            display.finish()
        } catch let error as ScenarioError {
            display.finish()
            throw Diagnostics.report(error, file: events ?? plan)
        } catch let error as PlannerError {
            display.finish()
            throw Diagnostics.badInput(error.description)
        }
        let moved = result.plan.routes.flatMap { route in
            route.visitIDs.filter { id in job.plan.routes.contains { $0.technician != route.technician && $0.visitIDs.contains(id) } }
        }
        Console.write("\(moved.count) visits moved to another technician\(moved.isEmpty ? "" : ": " + moved.joined(separator: ", "))\n",
                      to: .standardOutput)
        try DispatchRunner.write(result, to: out)
    }
}
