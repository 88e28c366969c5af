/// A validated model in the dense, merged form the solver and writers consume.
///
/// Every number is finite except bounds, which may be infinite only on their "unbounded side";
/// every row holds each column at most once and no zero coefficient; names are GLPK-safe.
struct NormalizedModel: Sendable {
    /// One nonzero of a row or of the objective.
    struct Entry: Sendable, Equatable {
        var column: Int
        var value: Double
    }

    var modelID: UInt64
    var name: String
    var sense: ObjectiveSense
    var columnNames: [String]
    var columnLower: [Double]
    var columnUpper: [Double]
    var columnKind: [VariableKind]
    var objective: [Entry]
    var objectiveConstant: Double
    var rowNames: [String]
    var rowLower: [Double]
    var rowUpper: [Double]
    var rows: [[Entry]]

    var columnCount: Int { columnNames.count }
    var rowCount: Int { rowNames.count }
    var entryCount: Int { rows.reduce(0) { $0 + $1.count } }

    /// Whether column `column` must take an integer value.
    func isInteger(_ column: Int) -> Bool { columnKind[column] != .continuous }

    /// The objective coefficient of every column.
    var denseObjective: [Double] {
        var dense = [Double](repeating: 0, count: columnCount)
        for entry in objective { dense[entry.column] = entry.value }
        return dense
    }

    /// The objective value of a primal point.
    func objectiveValue(_ values: [Double]) -> Double {
        objective.reduce(objectiveConstant) { $0 + $1.value * values[$1.column] }
    }

    /// Whether `values` satisfies bounds, integrality and every row within `tolerance`.
    func isFeasible(_ values: [Double], tolerance: Double = 1e-6) -> Bool {
        for column in 0..<columnCount {
            let value = values[column]
            if value < columnLower[column] - tolerance || value > columnUpper[column] + tolerance { return false }
            if isInteger(column) && abs(value - value.rounded()) > tolerance { return false }
        }
        for row in 0..<rowCount {
            let activity = rows[row].reduce(0) { $0 + $1.value * values[$1.column] }
            let scale = max(1, abs(activity))
            if activity < rowLower[row] - tolerance * scale || activity > rowUpper[row] + tolerance * scale {
                return false
            }
        }
        return true
    }
}
