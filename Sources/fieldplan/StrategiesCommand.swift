import ArgumentParser
import FieldPlan

/// `fieldplan strategies`: lists the strategy names `solve --strategy` accepts.
struct StrategiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "strategies",
        abstract: "List the planning strategies, one name per line.")

    func run() {
        for name in StrategyRegistry.standard.names { Console.output(name) }
    }
}
