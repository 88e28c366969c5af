import Foundation

extension Problem {
    /// The weights in force for an objective kind.
    public static func effectiveWeights(_ objective: ObjectiveSettings) -> ObjectiveWeights {
        switch objective.kind {
        case .weighted:
            ObjectiveWeights(
                unassigned: objective.unassigned, lateness: objective.lateness,
                overtime: objective.overtime, travelTime: objective.travelTime,
                distance: objective.distance, technicianCost: objective.technicianCost,
                preference: objective.preference, route: 0)
        case .distance:
            ObjectiveWeights(
                unassigned: objective.unassigned, lateness: objective.lateness,
                overtime: objective.overtime, travelTime: 0, distance: 1, technicianCost: 0,
                preference: 0, route: 0)
        case .vehiclesThenDistance:
            ObjectiveWeights(
                unassigned: objective.unassigned, lateness: objective.lateness,
                overtime: objective.overtime, travelTime: 0, distance: 1, technicianCost: 0,
                preference: 0, route: objective.routeCost)
        }
    }
}

/// What makes two technicians interchangeable for the search.
struct TwinKey: Hashable {
    var technician: Technician
    var canServe: [Bool]
    var preference: [Double]
}
