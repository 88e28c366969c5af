import FieldPlanModel

/// The state of the validator's walk along one route.
struct RouteWalk {
    /// When the technician is free to go on.
    var ready: Double
    /// Where the technician is.
    var location: Location
    /// The technician's break rules, by earliest start.
    let rules: [BreakWindow]
    /// Which rules a break stop has used.
    var ruleUsed: [Bool]
    /// Distance so far.
    var distance = 0.0
    /// Travel minutes so far.
    var travelMinutes = 0.0
    /// Visits served.
    var visitCount = 0
    /// Parts needed so far.
    var demand = 0.0

    /// Starts a walk at the technician's start location.
    init(technician: Technician, ready: Double, rules: [BreakWindow]) {
        self.ready = ready
        self.location = technician.start
        self.rules = rules
        self.ruleUsed = Array(repeating: false, count: rules.count)
    }
}
