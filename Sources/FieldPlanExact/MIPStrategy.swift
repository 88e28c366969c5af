import FieldPlanModel
import FieldPlanSearch
import LinearProgramming

/// `mip`: the whole problem as one compact MIP (``RoutingModel``), solved by GLPK from the
/// large-neighbourhood search's plan as a warm start; for small instances (about 15–20 visits).
///
/// The plan returned is always valid: the MIP's routes are rebuilt and rescheduled by
/// ``PlanAssembler`` or, with the breaks where the model put them, by ``TimetablePlanBuilder``;
/// the heuristic plan is kept whenever the MIP finds nothing better, fails or the problem has
/// more than ``maxVisits`` visits. The summary says
/// `optimal` only when GLPK proved optimality and the rebuilt plan costs what the MIP says;
/// otherwise it is `feasible`, with GLPK's best bound and the gap when known.
public struct MIPStrategy: PlanningStrategy {
    /// The strategy's name.
    public let name = "mip"
    /// Problems with more visits are not modelled: the heuristic plan is returned.
    public let maxVisits: Int
    /// The heuristic's share of the time limit (it never gets more than ``heuristicSeconds``).
    public let heuristicShare: Double
    /// The heuristic's longest run, in seconds (also its run when there is no time limit).
    public let heuristicSeconds: Double

    /// Creates the strategy.
    public init(maxVisits: Int = 60, heuristicShare: Double = 0.2, heuristicSeconds: Double = 2) {
        self.maxVisits = maxVisits
        self.heuristicShare = heuristicShare
        self.heuristicSeconds = heuristicSeconds
    }

    /// Plans the problem with the heuristic, then the MIP.
    public func plan(_ problem: Problem, context: SearchContext) -> Plan {
        let budget = min(heuristicSeconds, heuristicShare * (context.options.timeLimit ?? .infinity))
        var best = LNSStrategy().plan(problem, context: context.phase(seconds: budget))
        best.summary.strategy = name
        guard problem.visitCount <= maxVisits, !context.shouldStop() else {
            return finished(best, context: context)
        }
        let routing = RoutingModel(problem: problem)
        let parameters = SolveParameters(
            timeLimit: context.remainingSeconds().map { max(0.01, $0 - 0.05) },
            warmStart: routing.warmStart(plan: best),
            verbose: context.options.verbose, shouldStop: { context.shouldStop() })
        guard let result = try? GLPKSolver.solveMIP(routing.model, parameters: parameters) else {
            return finished(best, context: context)
        }
        if result.hasSolution,
           let candidate = rebuild(routing.routes(from: result), problem: problem, heuristic: best, context: context),
           candidate.summary.cost <= best.summary.cost + 1e-9 {
            best = candidate
        }
        let proven = result.termination.reason == .optimal
        let bound = proven ? result.objective : result.bestBound
        if let bound, bound <= best.summary.cost + Self.tolerance(best.summary.cost) {
            let cost = best.summary.cost
            let matches = abs(cost - bound) <= Self.tolerance(cost)
            best.summary.bound = bound
            best.summary.gap = matches || cost == 0 ? 0 : max(0, (cost - bound) / abs(cost))
            if proven && matches { best.summary.status = .optimal }
        }
        return finished(best, context: context)
    }

    /// The cheaper plan of the model's routes: scheduled by the search (earliest finish, late
    /// departure), or with the breaks and departure the model chose (``TimetablePlanBuilder``);
    /// `nil` when neither
    /// schedules. Visits left out keep the search's explanations when it can rebuild the routes,
    /// the heuristic plan's otherwise.
    private func rebuild(_ routes: [MIPRoute], problem: Problem, heuristic: Plan, context: SearchContext) -> Plan? {
        let searchPlan = PlanAssembler(problem: problem).plan(sequences: routes.map(\.visits), strategy: name, context: context)
        let reasons = Dictionary((searchPlan ?? heuristic).unassigned.map { ($0.visit, $0) }, uniquingKeysWith: { a, _ in a })
        let timetabled = TimetablePlanBuilder(problem: problem).plan(
            routes: routes, strategy: name, context: context, lateVisits: searchPlan?.lateVisits ?? []
        ) { v in
            let id = problem.scenario.visits[v].id
            return reasons[id] ?? LeftOutVisit(
                visit: id, reasons: [LeftOutReason(.notWorthIt, "the exact model leaves it out: serving it costs more than its penalty")],
                penalty: problem.unassignedPenalty[v])
        }
        return [searchPlan, timetabled].compactMap { $0 }.min { $0.summary.cost < $1.summary.cost }
    }

    /// The tolerance of cost comparisons: 1e-6 relative (absolute below 1).
    static func tolerance(_ cost: Double) -> Double { 1e-6 * max(1, abs(cost)) }

    private func finished(_ plan: Plan, context: SearchContext) -> Plan {
        var plan = plan
        plan.summary.elapsedSeconds = context.elapsed()
        context.progress(ProgressEvent(
            elapsedSeconds: context.elapsed(), iteration: 0, bestCost: plan.summary.cost, phase: "mip"))
        return plan
    }
}
