internal import CGLPK
internal import CGLPKShims

/// One GLPK problem object, alive only inside ``GLPKProblem/withProblem(_:output:_:)``.
///
/// Not Sendable and never stored: GLPK's environment is per thread, so the problem is created,
/// used and deleted by one synchronous call on one thread.
struct GLPKProblem: ~Copyable {
    let pointer: OpaquePointer
    let model: NormalizedModel
    /// Set when a guarded call recovered: GLPK freed the environment and this problem with it.
    private(set) var freedByGuard = false
    let output: TerminalOutput

    private init(pointer: OpaquePointer, model: NormalizedModel, output: TerminalOutput) {
        self.pointer = pointer
        self.model = model
        self.output = output
    }

    /// Creates a problem loaded with `model`, runs `body` on it, and deletes it.
    static func withProblem<T>(
        _ model: NormalizedModel,
        output: TerminalOutput,
        _ body: (inout GLPKProblem) throws(ModelError) -> T
    ) throws(ModelError) -> T {
        guard let pointer = glp_create_prob() else { throw .solverRejected(message: "glp_create_prob failed") }
        var problem = GLPKProblem(pointer: pointer, model: model, output: output)
        defer {
            if !problem.freedByGuard { glp_delete_prob(pointer) }
        }
        try problem.load()
        return try body(&problem)
    }

    private var raw: UnsafeMutableRawPointer { UnsafeMutableRawPointer(pointer) }

    private mutating func load() throws(ModelError) {
        if !model.name.isEmpty { glp_set_prob_name(pointer, model.name) }
        glp_set_obj_dir(pointer, model.sense == .minimize ? GLP_MIN : GLP_MAX)
        if model.columnCount > 0 {
            glp_add_cols(pointer, Int32(model.columnCount))
        }
        for column in 0..<model.columnCount {
            let j = Int32(column + 1)
            if !model.columnNames[column].isEmpty { glp_set_col_name(pointer, j, model.columnNames[column]) }
            let (type, lower, upper) = Self.boundType(model.columnLower[column], model.columnUpper[column])
            glp_set_col_bnds(pointer, j, type, lower, upper)
            if model.isInteger(column) { glp_set_col_kind(pointer, j, GLP_IV) }
        }
        for entry in model.objective {
            glp_set_obj_coef(pointer, Int32(entry.column + 1), entry.value)
        }
        glp_set_obj_coef(pointer, 0, model.objectiveConstant)
        if model.rowCount > 0 {
            glp_add_rows(pointer, Int32(model.rowCount))
        }
        for row in 0..<model.rowCount {
            let i = Int32(row + 1)
            if !model.rowNames[row].isEmpty { glp_set_row_name(pointer, i, model.rowNames[row]) }
            let (type, lower, upper) = Self.boundType(model.rowLower[row], model.rowUpper[row])
            glp_set_row_bnds(pointer, i, type, lower, upper)
        }
        try loadMatrix()
    }

    private mutating func loadMatrix() throws(ModelError) {
        let count = model.entryCount
        guard count > 0 else { return }
        var rows = [Int32](repeating: 0, count: count + 1)
        var columns = [Int32](repeating: 0, count: count + 1)
        var values = [Double](repeating: 0, count: count + 1)
        var k = 1
        for (row, entries) in model.rows.enumerated() {
            for entry in entries {
                rows[k] = Int32(row + 1)
                columns[k] = Int32(entry.column + 1)
                values[k] = entry.value
                k += 1
            }
        }
        let recovered = fieldplan_guarded_load_matrix(raw, Int32(count), rows, columns, values)
        try checkGuard(recovered, call: "glp_load_matrix")
    }

    /// Runs `glp_simplex` under the C guard and returns its code.
    mutating func simplex(_ parameters: glp_smcp) throws(ModelError) -> Int32 {
        var parameters = parameters
        var code: Int32 = 0
        let recovered = fieldplan_guarded_simplex(raw, &parameters, &code)
        try checkGuard(recovered, call: "glp_simplex")
        return code
    }

    /// Runs `glp_intopt` under the C guard and returns its code.
    mutating func intopt(_ parameters: glp_iocp) throws(ModelError) -> Int32 {
        var parameters = parameters
        var code: Int32 = 0
        let recovered = fieldplan_guarded_intopt(raw, &parameters, &code)
        try checkGuard(recovered, call: "glp_intopt")
        return code
    }

    private mutating func checkGuard(_ recovered: Int32, call: String) throws(ModelError) {
        guard recovered != 0 else { return }
        freedByGuard = true
        throw .solverRejected(message: "\(call): \(output.recentText)")
    }

    /// The GLPK bound type and bounds for `lower...upper` (already validated).
    static func boundType(_ lower: Double, _ upper: Double) -> (Int32, Double, Double) {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): (GLP_FR, 0, 0)
        case (true, false): (GLP_LO, lower, 0)
        case (false, true): (GLP_UP, 0, upper)
        case (true, true): lower == upper ? (GLP_FX, lower, upper) : (GLP_DB, lower, upper)
        }
    }

    /// The basic solution's column values.
    func basicPrimal() -> [Double] {
        (0..<model.columnCount).map { glp_get_col_prim(pointer, Int32($0 + 1)) }
    }

    /// The basic solution's row duals.
    func basicRowDuals() -> [Double] {
        (0..<model.rowCount).map { glp_get_row_dual(pointer, Int32($0 + 1)) }
    }

    /// The basic solution's reduced costs.
    func basicColumnDuals() -> [Double] {
        (0..<model.columnCount).map { glp_get_col_dual(pointer, Int32($0 + 1)) }
    }

    /// The MIP solution's column values, rounded for integer columns.
    func mipPrimal() -> [Double] {
        (0..<model.columnCount).map { column in
            let value = glp_mip_col_val(pointer, Int32(column + 1))
            return model.isInteger(column) ? value.rounded() : value
        }
    }
}
