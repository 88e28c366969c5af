import ArgumentParser
import FieldPlan
import FieldPlanBench
import Foundation

/// `fieldplan generate`: writes a synthetic field-service scenario, the same for the same arguments.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a synthetic scenario as JSON (the same arguments give the same bytes).",
        discussion: """
            Planar scenarios on a 100 × 100 km square with clock times on 2026-11-30, \
            Europe/Berlin; every visit has a technician who could serve it alone. See \
            docs/benchmarks.md.
            """)

    /// Number of visits.
    @Option(help: "Number of visits.")
    var visits: Int

    /// Number of technicians.
    @Option(help: "Number of technicians (at least 1).")
    var technicians: Int

    /// The seed of every random choice.
    @Option(help: "Seed of every random choice.")
    var seed: UInt64 = 1

    /// Where visits lie.
    @Option(help: "Where visits lie: clustered (around town centres), random, or mixed.")
    var kind: ScenarioGenerator.Kind = .mixed

    /// How narrow time windows are.
    @Option(help: "Time windows: tight (1–2 h), wide (half a day or none), or mixed.")
    var windows: ScenarioGenerator.WindowStyle = .mixed

    /// Where the scenario goes.
    @Option(name: [.short, .long], help: "Write the scenario JSON to this file ('-' for standard output).")
    var output = "-"

    mutating func validate() throws {
        guard visits >= 0 else { throw ValidationError("--visits must not be negative") }
        guard technicians >= 1 else { throw ValidationError("--technicians must be at least 1") }
    }

    func run() throws {
        let scenario: Scenario
        do {
            scenario = try ScenarioGenerator.generate(
                visits: visits, technicians: technicians, seed: seed, kind: kind, windows: windows)
        } catch {
            throw Diagnostics.badInput(error.description)
        }
        try OutputFile.write(Self.json(scenario), to: output)
        if output != "-" {
            Console.error("scenario \(scenario.name ?? "") written to \(output)")
        }
    }

    /// The scenario as pretty-printed JSON with sorted keys and a final newline.
    static func json(_ scenario: Scenario) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(scenario)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
