/// Plans of one scenario side by side: each one checked and recosted by the independent
/// validator, and each one's differences from the first (the reference): visits served by another
/// technician, visits served in one plan and left out in the other, routes whose order changed.
///
/// Nothing a plan states about itself is trusted: figures come from the validator, so a
/// dispatcher's hand-edited plan compares fairly with a solver's.
public struct PlanComparison: Sendable {
    /// One plan's verdict and recomputed figures.
    public struct Entry: Sendable {
        /// What the plan is called in the comparison (its file name, for the CLI).
        public let name: String
        /// The plan as given.
        public let plan: Plan
        /// The validator's violations and recomputed costs.
        public let validation: ValidationReport
        /// Mandatory visits the plan serves nowhere, in scenario order (each is also a violation).
        public let mandatoryLeftOut: [String]
    }

    /// A visit served in both plans, by different technicians.
    public struct Reassignment: Sendable, Hashable {
        /// The visit's id.
        public let visit: String
        /// Its technician in the reference plan.
        public let from: String
        /// Its technician in the other plan.
        public let to: String

        /// Creates a reassignment.
        public init(visit: String, from: String, to: String) {
            self.visit = visit
            self.from = from
            self.to = to
        }
    }

    /// How one plan differs from the reference; lists are in scenario order.
    public struct Difference: Sendable, Hashable {
        /// Visits served in both plans by different technicians.
        public var reassigned: [Reassignment] = []
        /// Visits the reference serves and this plan leaves out.
        public var leftOutOnlyHere: [String] = []
        /// Visits the reference leaves out and this plan serves.
        public var servedOnlyHere: [String] = []
        /// Technicians whose sequence of visits differs (order or content).
        public var changedRoutes: [String] = []

        /// Whether the two plans serve the same visits with the same technicians in the same order.
        public var isEmpty: Bool {
            reassigned.isEmpty && leftOutOnlyHere.isEmpty && servedOnlyHere.isEmpty && changedRoutes.isEmpty
        }
    }

    /// The scenario every plan answers.
    public let scenario: Scenario
    /// The plans, the reference first.
    public let entries: [Entry]

    /// Validates every plan against `scenario`, each in the distance convention it was solved in.
    ///
    /// - Parameter objectiveKind: overrides the scenario's objective kind for every plan, as
    ///   `--objective` does when solving.
    public init(
        scenario: Scenario, plans: [(name: String, plan: Plan)], objectiveKind: ObjectiveSettings.Kind? = nil
    ) {
        self.scenario = scenario
        entries = plans.map { named in
            let validator = PlanValidator(
                scenario: scenario, convention: named.plan.summary.distanceConvention, objectiveKind: objectiveKind)
            return Entry(
                name: named.name, plan: named.plan, validation: validator.validate(named.plan),
                mandatoryLeftOut: named.plan.mandatoryVisitsLeftOut(of: scenario))
        }
    }

    /// How the plan at `index` differs from the reference (`entries[0]`).
    public func difference(at index: Int) -> Difference {
        precondition(entries.indices.contains(index), "no plan at \(index)")
        let reference = Self.assignment(entries[0].plan)
        let other = Self.assignment(entries[index].plan)
        var difference = Difference()
        for visit in scenario.visits {
            switch (reference[visit.id], other[visit.id]) {
            case let (from?, to?) where from != to:
                difference.reassigned.append(Reassignment(visit: visit.id, from: from, to: to))
            case (_?, nil):
                difference.leftOutOnlyHere.append(visit.id)
            case (nil, _?):
                difference.servedOnlyHere.append(visit.id)
            default:
                break
            }
        }
        let referenceRoutes = Self.sequences(entries[0].plan)
        let otherRoutes = Self.sequences(entries[index].plan)
        difference.changedRoutes = scenario.technicians.map(\.id).filter {
            referenceRoutes[$0, default: []] != otherRoutes[$0, default: []]
        }
        return difference
    }

    /// Visit id → the technician serving it (the first, should a broken plan serve it twice).
    private static func assignment(_ plan: Plan) -> [String: String] {
        var technicianOf: [String: String] = [:]
        for route in plan.routes {
            for visit in route.visitIDs where technicianOf[visit] == nil { technicianOf[visit] = route.technician }
        }
        return technicianOf
    }

    /// Technician id → the visits of their route, in order.
    private static func sequences(_ plan: Plan) -> [String: [String]] {
        var sequences: [String: [String]] = [:]
        for route in plan.routes { sequences[route.technician, default: []] += route.visitIDs }
        return sequences
    }
}
