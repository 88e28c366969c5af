internal import CGLPK
internal import Foundation

extension GLPKSolver {
    /// Solves a MIP on a dedicated thread; cancelling the task stops the search with its incumbent.
    ///
    /// GLPK solves are long synchronous calls: on Swift's cooperative pool they would starve other
    /// tasks, so the solve runs on its own `Thread`.
    public static func solveMIP(
        _ model: LinearModel,
        parameters: SolveParameters = SolveParameters()
    ) async throws(ModelError) -> SolveResult {
        try await onDedicatedThread(parameters) { parameters throws(ModelError) in
            try solveMIP(model, parameters: parameters)
        }
    }

    /// Solves an LP on a dedicated thread; cancellation is honoured only before the simplex starts.
    public static func solveLP(
        _ model: LinearModel,
        parameters: SolveParameters = SolveParameters()
    ) async throws(ModelError) -> SolveResult {
        try await onDedicatedThread(parameters) { parameters throws(ModelError) in
            try solveLP(model, parameters: parameters)
        }
    }

    private static func onDedicatedThread(
        _ parameters: SolveParameters,
        _ solve: @escaping @Sendable (SolveParameters) throws(ModelError) -> SolveResult
    ) async throws(ModelError) -> SolveResult {
        let flag = StopFlag()
        var parameters = parameters
        let userStop = parameters.shouldStop
        parameters.shouldStop = { flag.isSet || userStop?() == true }
        let configured = parameters
        let outcome: Result<SolveResult, ModelError> = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let thread = Thread {
                    let outcome = Result { () throws(ModelError) -> SolveResult in try solve(configured) }
                    continuation.resume(returning: outcome)
                }
                thread.name = "fieldplan.glpk"
                thread.start()
            }
        } onCancel: {
            flag.set()
        }
        return try outcome.get()
    }
}
