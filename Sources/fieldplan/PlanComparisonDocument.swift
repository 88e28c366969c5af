import FieldPlan

/// The JSON `fieldplan compare --json` writes: each plan's verdict and recomputed figures, and
/// each later plan's differences from the first.
struct PlanComparisonDocument: Encodable {
    /// One plan's verdict and figures.
    struct Entry: Encodable {
        var name: String
        var strategy: String
        var valid: Bool
        var violations: [String]
        var mandatoryLeftOut: [String]
        var cost: Double
        var routes: Int
        var assigned: Int
        var unassigned: Int
        var distance: Double
        var travelTime: Double
        var lateness: Double
        var overtime: Double
        var distanceConvention: String
    }

    /// One visit served by another technician.
    struct Reassignment: Encodable {
        var visit: String
        var from: String
        var to: String
    }

    /// How one plan differs from the first.
    struct Difference: Encodable {
        var name: String
        var against: String
        var reassigned: [Reassignment]
        var leftOutOnlyHere: [String]
        var servedOnlyHere: [String]
        var changedRoutes: [String]
    }

    var scenario: String?
    var plans: [Entry]
    var differences: [Difference]

    /// The document of a comparison.
    init(_ comparison: PlanComparison) {
        scenario = comparison.scenario.name
        plans = comparison.entries.map { entry in
            let costs = entry.validation.recomputed
            return Entry(
                name: entry.name, strategy: entry.plan.summary.strategy, valid: entry.validation.isValid,
                violations: entry.validation.violations.map(\.description), mandatoryLeftOut: entry.mandatoryLeftOut,
                cost: costs.cost, routes: costs.routes, assigned: costs.assigned, unassigned: costs.unassigned,
                distance: costs.distance, travelTime: costs.travelTime, lateness: costs.lateness,
                overtime: costs.overtime, distanceConvention: entry.plan.summary.distanceConvention.rawValue)
        }
        let reference = comparison.entries[0].name
        differences = comparison.entries.indices.dropFirst().map { index in
            let difference = comparison.difference(at: index)
            return Difference(
                name: comparison.entries[index].name, against: reference,
                reassigned: difference.reassigned.map { Reassignment(visit: $0.visit, from: $0.from, to: $0.to) },
                leftOutOnlyHere: difference.leftOutOnlyHere, servedOnlyHere: difference.servedOnlyHere,
                changedRoutes: difference.changedRoutes)
        }
    }
}
