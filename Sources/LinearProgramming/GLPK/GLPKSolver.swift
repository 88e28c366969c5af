internal import CGLPK

/// Solves ``LinearModel``s with GLPK: the only place FieldPlan calls the GLPK library.
///
/// Every call is synchronous and self-contained: it validates the model in Swift, then creates,
/// loads, solves, reads and deletes a GLPK problem on the calling thread. Different threads may
/// solve concurrently (this GLPK keeps its environment per thread). Prefer the `async` variants
/// from Swift concurrency code: they run on a dedicated thread, off the cooperative pool.
public enum GLPKSolver {
    /// Solves the LP relaxation of `model` (integrality is ignored) with the simplex method.
    ///
    /// Returns duals and reduced costs when the LP is solved to optimality.
    public static func solveLP(
        _ model: LinearModel,
        parameters: SolveParameters = SolveParameters()
    ) throws(ModelError) -> SolveResult {
        let normalized = try model.normalized()
        let timeLimit = try parameters.timeLimitMilliseconds()
        _ = try parameters.checkedRelativeGap()
        if parameters.shouldStop?() == true {
            return SolveResult(termination: Termination(reason: .noSolutionFound, limit: .cancelled), modelID: model.id)
        }
        if normalized.columnCount == 0 { return trivialSolve(normalized, withDuals: true) }
        let output = TerminalOutput(verbose: parameters.verbose)
        return try output.capture { () throws(ModelError) -> SolveResult in
            try GLPKProblem.withProblem(normalized, output: output) { problem throws(ModelError) -> SolveResult in
                try runSimplex(&problem, presolve: parameters.presolve, timeLimit: timeLimit, verbose: parameters.verbose)
            }
        }
    }

    /// Solves `model` as a mixed-integer programme with GLPK's branch and cut.
    ///
    /// Stops at ``SolveParameters/timeLimit``, ``SolveParameters/relativeGap`` or when
    /// ``SolveParameters/shouldStop`` returns `true`, returning the incumbent if there is one.
    /// A feasible ``SolveParameters/warmStart`` is offered to GLPK as its first incumbent, and the
    /// result is never worse than it.
    public static func solveMIP(
        _ model: LinearModel,
        parameters: SolveParameters = SolveParameters()
    ) throws(ModelError) -> SolveResult {
        let normalized = try model.normalized()
        let timeLimit = try parameters.timeLimitMilliseconds()
        let gap = try parameters.checkedRelativeGap()
        let warmStart = try checkedWarmStart(parameters.warmStart, model: model, normalized: normalized)
        if parameters.shouldStop?() == true {
            return stoppedBeforeStart(normalized, warmStart: warmStart)
        }
        if normalized.columnCount == 0 { return trivialSolve(normalized, withDuals: false) }
        let output = TerminalOutput(verbose: parameters.verbose)
        let context = MIPCallbackContext(shouldStop: parameters.shouldStop, warmStart: warmStart)
        let result = try output.capture { () throws(ModelError) -> SolveResult in
            try GLPKProblem.withProblem(normalized, output: output) { problem throws(ModelError) -> SolveResult in
                try runBranchAndCut(
                    &problem, parameters: parameters, timeLimit: timeLimit, gap: gap,
                    usePresolve: parameters.presolve && warmStart == nil, context: context)
            }
        }
        return withContext(result, context: context, warmStart: warmStart, model: normalized)
    }

    // MARK: - LP

    private static func runSimplex(
        _ problem: inout GLPKProblem, presolve: Bool, timeLimit: Int32, verbose: Bool
    ) throws(ModelError) -> SolveResult {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = verbose ? GLP_MSG_ON : GLP_MSG_OFF
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        parameters.tm_lim = timeLimit
        let code = try problem.simplex(parameters)
        let modelID = problem.model.modelID
        switch code {
        case 0:
            return basicResult(problem, code: code)
        case GLP_ENOPFS:
            return SolveResult(termination: Termination(reason: .infeasible, detail: "presolve: no primal feasible solution"), modelID: modelID)
        case GLP_ENODFS:
            // Presolve cannot tell unbounded from infeasible: re-solve without it to find out.
            return try runSimplex(&problem, presolve: false, timeLimit: timeLimit, verbose: verbose)
        case GLP_ETMLIM, GLP_EITLIM:
            let limit: Termination.Limit = code == GLP_ETMLIM ? .time : .iteration
            if glp_get_prim_stat(problem.pointer) == GLP_FEAS {
                let values = problem.basicPrimal()
                return SolveResult(
                    termination: Termination(reason: .feasible, limit: limit), objective: glp_get_obj_val(problem.pointer),
                    modelID: modelID, primalValues: values)
            }
            return SolveResult(termination: Termination(reason: .noSolutionFound, limit: limit), modelID: modelID)
        default:
            return SolveResult(termination: Termination(reason: .numericalError, detail: "glp_simplex returned \(code)"), modelID: modelID)
        }
    }

    private static func basicResult(_ problem: borrowing GLPKProblem, code: Int32) -> SolveResult {
        let modelID = problem.model.modelID
        let status = glp_get_status(problem.pointer)
        let detail = "glp_simplex returned \(code), status \(status)"
        switch status {
        case GLP_OPT:
            let objective = glp_get_obj_val(problem.pointer)
            return SolveResult(
                termination: Termination(reason: .optimal, detail: detail), objective: objective, bestBound: objective,
                modelID: modelID, primalValues: problem.basicPrimal(), rowDuals: problem.basicRowDuals(),
                columnDuals: problem.basicColumnDuals())
        case GLP_NOFEAS:
            return SolveResult(termination: Termination(reason: .infeasible, detail: detail), modelID: modelID)
        case GLP_UNBND:
            return SolveResult(termination: Termination(reason: .unbounded, detail: detail), modelID: modelID)
        case GLP_FEAS:
            return SolveResult(
                termination: Termination(reason: .feasible, detail: detail), objective: glp_get_obj_val(problem.pointer),
                modelID: modelID, primalValues: problem.basicPrimal())
        default:
            return SolveResult(termination: Termination(reason: .numericalError, detail: detail), modelID: modelID)
        }
    }

    // MARK: - MIP

    private static func runBranchAndCut(
        _ problem: inout GLPKProblem, parameters: SolveParameters, timeLimit: Int32, gap: Double,
        usePresolve: Bool, context: MIPCallbackContext
    ) throws(ModelError) -> SolveResult {
        let modelID = problem.model.modelID
        let clock = ContinuousClock()
        let start = clock.now
        if !usePresolve {
            // Without presolve glp_intopt needs an optimal LP basis first.
            let relaxation = try runSimplex(&problem, presolve: false, timeLimit: timeLimit, verbose: parameters.verbose)
            switch relaxation.termination.reason {
            case .optimal:
                break
            case .unbounded:
                return SolveResult(termination: Termination(reason: .infeasibleOrUnbounded, detail: "LP relaxation unbounded"), modelID: modelID)
            case .feasible, .noSolutionFound:
                return SolveResult(termination: Termination(reason: .noSolutionFound, limit: relaxation.termination.limit), modelID: modelID)
            case .infeasible, .infeasibleOrUnbounded, .numericalError:
                return SolveResult(termination: relaxation.termination, modelID: modelID)
            }
        }
        var iocp = glp_iocp()
        glp_init_iocp(&iocp)
        iocp.msg_lev = parameters.verbose ? GLP_MSG_ON : GLP_MSG_OFF
        iocp.presolve = usePresolve ? GLP_ON : GLP_OFF
        iocp.mip_gap = gap
        if timeLimit != Int32.max {
            let elapsed = start.duration(to: clock.now).components
            let elapsedMilliseconds = elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000
            iocp.tm_lim = Int32(max(1, Int64(timeLimit) - elapsedMilliseconds))
        }
        context.install(in: &iocp)
        let code = try withExtendedLifetime(context) { () throws(ModelError) -> Int32 in try problem.intopt(iocp) }
        let status = glp_mip_status(problem.pointer)
        let hasIncumbent = code != GLP_ENOPFS && code != GLP_ENODFS && (status == GLP_OPT || status == GLP_FEAS)
        let detail = "glp_intopt returned \(code), status \(status)"
        let reason: Termination.Reason
        var limit: Termination.Limit?
        switch code {
        case 0:
            switch status {
            case GLP_OPT: reason = .optimal
            case GLP_FEAS: reason = .feasible
            case GLP_NOFEAS: reason = .infeasible
            default: reason = .noSolutionFound
            }
        case GLP_ENOPFS: reason = .infeasible
        case GLP_ENODFS: reason = .infeasibleOrUnbounded
        case GLP_ETMLIM, GLP_ESTOP, GLP_EMIPGAP:
            limit = code == GLP_ETMLIM ? .time : code == GLP_ESTOP ? .cancelled : .gap
            reason = hasIncumbent ? .feasible : .noSolutionFound
        default:
            reason = .numericalError
        }
        guard hasIncumbent else {
            return SolveResult(termination: Termination(reason: reason, limit: limit, detail: detail), bestBound: context.bestBound, modelID: modelID)
        }
        let objective = glp_mip_obj_val(problem.pointer)
        return SolveResult(
            termination: Termination(reason: reason, limit: limit, detail: detail), objective: objective,
            bestBound: reason == .optimal ? objective : context.bestBound, modelID: modelID,
            primalValues: problem.mipPrimal())
    }

    /// Adds the callback's findings, and falls back to the warm start if GLPK ended with nothing better.
    private static func withContext(
        _ result: SolveResult, context: MIPCallbackContext, warmStart: [Double]?, model: NormalizedModel
    ) -> SolveResult {
        var objective = result.objective
        var values = result.primalValues
        var reason = result.termination.reason
        if let warmStart, [.feasible, .noSolutionFound].contains(reason) {
            let warmObjective = model.objectiveValue(warmStart)
            let better = objective.map { model.sense == .minimize ? warmObjective < $0 : warmObjective > $0 } ?? true
            if better {
                objective = warmObjective
                values = warmStart
                reason = .feasible
            }
        }
        var termination = result.termination
        termination.reason = reason
        return SolveResult(
            termination: termination, objective: objective, bestBound: result.bestBound,
            warmStartAccepted: context.warmStartAccepted, modelID: result.modelID, primalValues: values)
    }

    /// The warm start as a dense, verified-feasible vector, or `nil` if absent, partial or infeasible.
    private static func checkedWarmStart(
        _ warmStart: [Variable: Double]?, model: LinearModel, normalized: NormalizedModel
    ) throws(ModelError) -> [Double]? {
        guard let warmStart else { return nil }
        var values = [Double?](repeating: nil, count: normalized.columnCount)
        for (variable, value) in warmStart {
            guard model.contains(variable) else {
                throw .invalidWarmStart(variable: "#\(variable.index)", reason: "not a variable of this model")
            }
            guard value.isFinite else {
                throw .invalidWarmStart(variable: model.variableLabel(variable.index), reason: "value is not finite")
            }
            values[variable.index] = normalized.isInteger(variable.index) ? value.rounded() : value
        }
        let dense = values.compactMap { $0 }
        guard dense.count == normalized.columnCount, normalized.isFeasible(dense) else { return nil }
        return dense
    }

    private static func stoppedBeforeStart(_ model: NormalizedModel, warmStart: [Double]?) -> SolveResult {
        guard let warmStart else {
            return SolveResult(termination: Termination(reason: .noSolutionFound, limit: .cancelled), modelID: model.modelID)
        }
        return SolveResult(
            termination: Termination(reason: .feasible, limit: .cancelled), objective: model.objectiveValue(warmStart),
            modelID: model.modelID, primalValues: warmStart)
    }

    /// A model without variables: every row must hold at zero activity; no GLPK call is needed.
    private static func trivialSolve(_ model: NormalizedModel, withDuals: Bool) -> SolveResult {
        let feasible = (0..<model.rowCount).allSatisfy { model.rowLower[$0] <= 0 && 0 <= model.rowUpper[$0] }
        guard feasible else {
            return SolveResult(termination: Termination(reason: .infeasible, detail: "no variables"), modelID: model.modelID)
        }
        return SolveResult(
            termination: Termination(reason: .optimal, detail: "no variables"), objective: model.objectiveConstant,
            bestBound: model.objectiveConstant, modelID: model.modelID, primalValues: [],
            rowDuals: withDuals ? [Double](repeating: 0, count: model.rowCount) : nil,
            columnDuals: withDuals ? [] : nil)
    }
}
