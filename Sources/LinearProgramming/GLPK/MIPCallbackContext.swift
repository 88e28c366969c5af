internal import CGLPK

/// State shared with GLPK's branch-and-cut callback for one `glp_intopt` call.
///
/// Passed to `cb_info` as an unretained pointer and kept alive by the solver for the
/// whole `glp_intopt` call; only touched on the solving thread.
final class MIPCallbackContext {
    private let shouldStop: (@Sendable () -> Bool)?
    /// The warm start as GLPK wants it: index 0 unused, then one value per column.
    private let warmStart: [Double]?
    private var warmStartOffered = false
    private(set) var warmStartAccepted = false
    private(set) var bestBound: Double?
    private(set) var stopRequested = false

    init(shouldStop: (@Sendable () -> Bool)?, warmStart: [Double]?) {
        self.shouldStop = shouldStop
        self.warmStart = warmStart.map { [0] + $0 }
    }

    /// Points the callback of `parameters` at this context (which must outlive the solve).
    func install(in parameters: inout glp_iocp) {
        parameters.cb_func = { tree, info in
            guard let tree, let info else { return }
            Unmanaged<MIPCallbackContext>.fromOpaque(info).takeUnretainedValue().handle(tree)
        }
        parameters.cb_info = Unmanaged.passUnretained(self).toOpaque()
    }

    private func handle(_ tree: OpaquePointer) {
        if glp_ios_reason(tree) == GLP_IHEUR, !warmStartOffered, let warmStart {
            warmStartOffered = true
            warmStartAccepted = warmStart.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) == 0 }
        }
        let bestNode = glp_ios_best_node(tree)
        if bestNode != 0 {
            bestBound = glp_ios_node_bound(tree, bestNode)
        }
        if !stopRequested, let shouldStop, shouldStop() {
            stopRequested = true
            glp_ios_terminate(tree)
        }
    }
}
