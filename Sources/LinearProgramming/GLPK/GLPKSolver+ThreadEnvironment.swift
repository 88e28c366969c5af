internal import CGLPK

extension GLPKSolver {
    /// Frees the calling thread's GLPK environment (about 5 KB that GLPK keeps per thread).
    ///
    /// Call it last on a thread that is about to end after solving: GLPK frees an environment
    /// only when asked, so every short-lived solver thread would otherwise leak one. Harmless on a
    /// thread that never used GLPK. Every problem lives inside one solve call, so none is lost.
    public static func releaseThreadEnvironment() {
        glp_free_env()
    }
}
