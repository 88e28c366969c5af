extension Plan {
    /// The mandatory visits of `scenario` that no route of the plan serves, in scenario order
    /// (whatever the plan's own list of visits left out says).
    public func mandatoryVisitsLeftOut(of scenario: Scenario) -> [String] {
        let served = Set(routes.flatMap(\.visitIDs))
        return scenario.visits.filter { $0.mandatory && !served.contains($0.id) }.map(\.id)
    }
}
