import FieldPlanModel

/// The oracle: recomputes, from a scenario and a plan alone, every constraint and every cost.
///
/// It is an independent reimplementation in plain `Double` minutes. From the model it uses only
/// the domain types, ``TravelCalculator``, ``TimeResolver``, ``DistanceConvention`` and
/// ``Problem/effectiveWeights(_:)``; never `Problem`'s compiled arrays nor any search code.
/// It never traps: unknown ids, empty routes and non-finite times are reported as violations.
/// See `docs/validator.md` for the rules and the cost formula.
public struct PlanValidator: Sendable {
    /// Absolute tolerance, in minutes, of every time comparison.
    public static let timeTolerance = 1e-6
    /// Relative tolerance of sums (distance, travel, lateness, overtime, cost, demand):
    /// `relativeTolerance · max(1, |x|)`.
    public static let relativeTolerance = 1e-6

    /// The scenario plans are checked against.
    public let scenario: Scenario
    /// The distance convention plans are measured in.
    public let convention: DistanceConvention
    /// The effective objective (the scenario's, with the kind overridden when asked).
    public let objective: ObjectiveSettings
    /// The weights in force for ``objective``.
    public let weights: ObjectiveWeights

    let travel: TravelCalculator
    let resolver: TimeResolver?
    let techniciansByID: [String: Technician]
    let visitsByID: [String: Visit]

    /// Creates a validator for a scenario.
    ///
    /// - Parameters:
    ///   - scenario: the scenario plans answer.
    ///   - convention: how distances are rounded (`.dimacs` for Solomon comparisons).
    ///   - objectiveKind: overrides the scenario's objective kind, as `--objective` does.
    public init(
        scenario: Scenario, convention: DistanceConvention = .exact,
        objectiveKind: ObjectiveSettings.Kind? = nil
    ) {
        self.scenario = scenario
        self.convention = convention
        var objective = scenario.objective
        if let objectiveKind { objective.kind = objectiveKind }
        self.objective = objective
        self.weights = Problem.effectiveWeights(objective)
        self.travel = TravelCalculator(settings: scenario.travel, convention: convention)
        self.resolver = TimeResolver(date: scenario.date, timeZone: scenario.timeZone)
        self.techniciansByID = Dictionary(
            scenario.technicians.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.visitsByID = Dictionary(
            scenario.visits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Checks every constraint of `plan` and recomputes its totals and cost.
    public func validate(_ plan: Plan) -> ValidationReport {
        var violations: [PlanViolation] = []
        var costs = RecomputedCosts()
        if resolver == nil {
            violations.append(PlanViolation(
                .unresolvableTime,
                "the scenario's date \(scenario.date ?? "-") or time zone \(scenario.timeZone ?? "UTC") "
                    + "cannot be resolved; clock times were read as nominal minutes"))
        }
        var served: [String: ServedVisit] = [:]
        var seenTechnicians: Set<String> = []
        for (index, route) in plan.routes.enumerated() {
            if !seenTechnicians.insert(route.technician).inserted {
                violations.append(PlanViolation(
                    .technicianTwice, technician: route.technician,
                    "the technician has more than one route (route \(index))"))
            }
            checkRoute(route, index: index, served: &served, costs: &costs, violations: &violations)
        }
        checkCoverage(plan, served: served, costs: &costs, violations: &violations)
        checkFollowUps(served: served, violations: &violations)
        checkSummary(plan.summary, against: costs, violations: &violations)
        return ValidationReport(violations: violations, recomputed: costs)
    }

    /// Minutes since the scenario's origin of a scenario time.
    func minutes(_ point: TimePoint) -> Double {
        resolver?.minutes(point) ?? point.nominalMinutes
    }

    /// Whether `a ≥ b` within the time tolerance.
    static func atLeast(_ a: Double, _ b: Double) -> Bool { a >= b - timeTolerance }

    /// Whether `a == b` within the time tolerance.
    static func same(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= timeTolerance }

    /// Whether two sums agree within the relative tolerance.
    static func sameSum(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= relativeTolerance * max(1, abs(a), abs(b))
    }

    /// A time for messages: up to three decimals, no trailing zeros.
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int(rounded)) }
        return "\(rounded)"
    }
}
