internal import CGLPK
internal import Foundation

extension GLPKSolver {
    /// The model as written by GLPK's own `glp_write_lp` (to compare with ``LinearModel/lpText()``).
    static func glpkLPText(_ model: LinearModel) throws(ModelError) -> String {
        let normalized = try model.normalized()
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = TerminalOutput(verbose: false)
        let code = try output.capture { () throws(ModelError) -> Int32 in
            try GLPKProblem.withProblem(normalized, output: output) { problem throws(ModelError) -> Int32 in
                glp_write_lp(problem.pointer, nil, path)
            }
        }
        guard code == 0, let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw .solverRejected(message: "glp_write_lp failed: \(output.recentText)")
        }
        return text
    }

    /// Reads CPLEX LP text with `glp_read_lp`, solves it (as a MIP if it has integer columns) and
    /// returns the optimal objective, or `nil` if it cannot be read or has no optimum.
    static func optimumOfLPText(_ text: String) -> Double? {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard (try? text.write(toFile: path, atomically: true, encoding: .utf8)) != nil else { return nil }
        let output = TerminalOutput(verbose: false)
        return output.capture { () -> Double? in
            guard let problem = glp_create_prob() else { return nil }
            defer { glp_delete_prob(problem) }
            guard glp_read_lp(problem, nil, path) == 0 else { return nil }
            var smcp = glp_smcp()
            glp_init_smcp(&smcp)
            smcp.msg_lev = GLP_MSG_OFF
            guard glp_simplex(problem, &smcp) == 0, glp_get_status(problem) == GLP_OPT else { return nil }
            guard glp_get_num_int(problem) > 0 else { return glp_get_obj_val(problem) }
            var iocp = glp_iocp()
            glp_init_iocp(&iocp)
            iocp.msg_lev = GLP_MSG_OFF
            guard glp_intopt(problem, &iocp) == 0, glp_mip_status(problem) == GLP_OPT else { return nil }
            return glp_mip_obj_val(problem)
        }
    }

    /// Exercises the C guard: loads a duplicate (i, j) pair, which makes GLPK call its error
    /// hook. Returns `true` if the guard recovered (the process would otherwise abort).
    static func guardRecoversFromInvalidCall() -> Bool {
        var model = LinearModel()
        let x = model.addVariable(name: "x")
        model.addConstraint(x <= 1)
        guard let normalized = try? model.normalized() else { return false }
        var duplicated = normalized
        duplicated.rows[0] = [NormalizedModel.Entry(column: 0, value: 1), NormalizedModel.Entry(column: 0, value: 2)]
        let output = TerminalOutput(verbose: false)
        do {
            try output.capture { () throws(ModelError) in
                try GLPKProblem.withProblem(duplicated, output: output) { _ throws(ModelError) in }
            }
            return false
        } catch {
            if case .solverRejected = error { return true }
            return false
        }
    }

    private static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-\(UUID().uuidString).lp").path
    }
}
