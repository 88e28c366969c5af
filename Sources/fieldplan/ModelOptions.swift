import ArgumentParser
import FieldPlan

/// How distances are rounded and which objective applies: options shared by `solve` and `validate`.
struct ModelOptions: ParsableArguments {
    /// The distance convention.
    @Option(help: "Distance rounding: exact, or dimacs (one decimal per arc, as Solomon best-knowns).")
    var distance: DistanceConvention = .exact

    /// Overrides the scenario's objective kind.
    @Option(help: "Objective: weighted, distance or vehicles-then-distance (default: the scenario's).")
    var objective: ObjectiveSettings.Kind?
}
