import FieldPlan

/// One route's travel, distance and overtime, measured from the scenario as the validator does.
struct RouteFigures {
    /// Visits served.
    var visits: Int
    /// Travel minutes, the technician's speed factor applied.
    var travelMinutes: Double
    /// Distance in the scenario's units.
    var distance: Double
    /// Minutes past the shift end.
    var overtime: Double

    /// Measures `route` of `technician`.
    init(route: Route, technician: Technician, scenario: Scenario, convention: DistanceConvention,
         clock: ClockFormatter) {
        let calculator = TravelCalculator(settings: scenario.travel, convention: convention)
        let locations = Dictionary(scenario.visits.map { ($0.id, $0.location) }, uniquingKeysWith: { a, _ in a })
        var path = [technician.start] + route.visitIDs.compactMap { locations[$0] }
        if !technician.openEnd { path.append(technician.end ?? technician.start) }
        var minutes = 0.0, distance = 0.0
        for (from, to) in zip(path, path.dropFirst()) {
            minutes += (calculator.minutes(from: from, to: to) ?? 0) / technician.speedFactor
            distance += calculator.distance(from: from, to: to) ?? 0
        }
        self.visits = route.visitIDs.count
        self.travelMinutes = minutes
        self.distance = distance
        self.overtime = max(0, route.end - clock.minutes(technician.shift.end))
    }
}
