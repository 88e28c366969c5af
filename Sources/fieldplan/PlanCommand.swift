import ArgumentParser
import FieldPlan
import Foundation

/// `fieldplan plan`: the dispatcher's next-day job, from CSV files (or a scenario) to a folder of
/// plan, itineraries, calendars and report.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a day from a team CSV and a visits CSV (or a scenario) into a folder of outputs.",
        discussion: """
            Writes plan.json (scenario embedded), itineraries.csv, one <technician>.ics per \
            technician and report.html directly into --out. Every bad CSV row is reported as \
            FILE: line N, column M: message, and nothing is planned unless --skip-bad-rows is \
            given. The file formats are described in docs/dispatch.md.
            """)

    /// The plan date.
    @Option(help: "The plan date, YYYY-MM-DD (required with --technicians/--visits).")
    var date: String?

    /// The team file.
    @Option(help: "The team CSV file (one technician per row).")
    var technicians: String?

    /// The visits file.
    @Option(help: "The visits CSV file (one visit per row).")
    var visits: String?

    /// The planning configuration.
    @Option(help: "The planning configuration (YAML): time zone, travel, objective, contracts, search.")
    var config: String?

    /// A scenario instead of CSV files.
    @Option(help: "A scenario file (JSON or YAML) instead of --technicians and --visits.")
    var scenario: String?

    /// The output folder.
    @Option(help: "The folder the outputs are written to (created when missing).")
    var out: String

    /// Skip bad rows rather than fail.
    @Flag(name: .customLong("skip-bad-rows"), help: "Leave rows with errors out (listed) instead of failing.")
    var skipBadRows = false

    /// Overrides of the configuration's search.
    @Option(help: "The planning strategy (default: the configuration's, else lns).")
    var strategy: String?

    /// Limits, seed, threads and progress.
    @OptionGroup var overrides: SearchOverrides

    mutating func validate() throws {
        if scenario == nil {
            guard technicians != nil, visits != nil, date != nil else {
                throw ValidationError("give --date, --technicians and --visits, or --scenario")
            }
        } else if technicians != nil || visits != nil {
            throw ValidationError("give either --scenario or --technicians and --visits, not both")
        }
    }

    mutating func run() async throws {
        // The time limit covers the whole command: reading the files and building the scenario too.
        let started = SearchContext.monotonicSeconds()
        let (config, matrix): (PlanningConfig, TravelMatrixFile?)
        let built: DispatchScenario
        do {
            (config, matrix) = try DispatchScenarioBuilder.loadConfig(self.config)
            if let scenario {
                built = DispatchScenario(scenario: try ScenarioReader.read(contentsOf: scenario), skipped: [])
            } else if let date, let technicians, let visits {
                built = try DispatchScenarioBuilder(date: date, config: config, matrix: matrix, skipBadRows: skipBadRows)
                    .build(teamFile: technicians, visitsFile: visits)
            } else {
                throw Diagnostics.badInput("give --date, --technicians and --visits, or --scenario")
            }
        } catch let error as DispatchInputError {
            Console.error(error.description)
            throw ExitCode(ExitStatus.badInput.rawValue)
        } catch let error as ScenarioError {
            throw Diagnostics.report(error, file: scenario ?? "")
        }
        var search = overrides.applied(to: config.search)
        if let strategy { search.strategy = strategy }
        guard Planner().registry.strategy(named: search.strategy) != nil else {
            throw Diagnostics.badInput(PlannerError.unknownStrategy(search.strategy, available: Planner().registry.names).description)
        }
        let result = try await DispatchRunner.run(
            DispatchJob(scenario: built.scenario, search: search, skipped: built.skipped, startedAt: started),
            quiet: overrides.quiet, file: scenario ?? visits ?? "")
        try DispatchRunner.write(result, to: out)
    }
}
