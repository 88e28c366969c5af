extension LinearModel {
    /// Checks everything GLPK would abort or silently misbehave on; throws the first problem found.
    public func validate() throws(ModelError) {
        _ = try normalized()
    }

    /// The validated, merged form of this model.
    func normalized() throws(ModelError) -> NormalizedModel {
        try Self.checkName(name)
        guard variableData.count < Int(Int32.max), constraintData.count < Int(Int32.max) else {
            throw .tooLarge("\(variableData.count) variables, \(constraintData.count) constraints")
        }
        var columnLower: [Double] = []
        var columnUpper: [Double] = []
        columnLower.reserveCapacity(variableData.count)
        columnUpper.reserveCapacity(variableData.count)
        for (index, variable) in variableData.enumerated() {
            try Self.checkName(variable.name)
            var lower = variable.lower
            var upper = variable.upper
            if variable.kind == .binary {
                lower = max(lower, 0)
                upper = min(upper, 1)
            }
            guard Self.boundsAreValid(lower: lower, upper: upper) else {
                throw .invalidVariableBounds(variable: variableLabel(index), lower: lower, upper: upper)
            }
            columnLower.append(lower)
            columnUpper.append(upper)
        }
        guard objective.constant.isFinite else { throw .nonFiniteConstant(context: "the objective") }
        let objectiveEntries = try merge(objective.terms, context: "the objective")
        var rows: [[NormalizedModel.Entry]] = []
        rows.reserveCapacity(constraintData.count)
        var entryCount = 0
        for (index, constraint) in constraintData.enumerated() {
            try Self.checkName(constraint.name)
            let context = "constraint '\(constraintLabel(index))'"
            guard constraint.constant.isFinite else { throw .nonFiniteConstant(context: context) }
            guard Self.boundsAreValid(lower: constraint.lower, upper: constraint.upper) else {
                throw .invalidConstraintBounds(
                    constraint: constraintLabel(index), lower: constraint.lower, upper: constraint.upper)
            }
            let entries = try merge(constraint.terms, context: context)
            entryCount += entries.count
            rows.append(entries)
        }
        guard entryCount < Int(Int32.max) else { throw .tooLarge("\(entryCount) nonzero coefficients") }
        return NormalizedModel(
            modelID: id,
            name: name,
            sense: sense,
            columnNames: variableData.map(\.name),
            columnLower: columnLower,
            columnUpper: columnUpper,
            columnKind: variableData.map(\.kind),
            objective: objectiveEntries,
            objectiveConstant: objective.constant,
            rowNames: constraintData.map(\.name),
            rowLower: constraintData.map(\.lower),
            rowUpper: constraintData.map(\.upper),
            rows: rows
        )
    }

    /// A label for messages: the variable's name, or `#index` if it has none.
    func variableLabel(_ index: Int) -> String {
        let name = variableData.indices.contains(index) ? variableData[index].name : ""
        return name.isEmpty ? "#\(index)" : name
    }

    /// A label for messages: the constraint's name, or `#index` if it has none.
    func constraintLabel(_ index: Int) -> String {
        let name = constraintData[index].name
        return name.isEmpty ? "#\(index)" : name
    }

    /// Merges repeated variables (keeping first-occurrence order) and drops zero coefficients.
    private func merge(_ terms: [LinearTerm], context: String) throws(ModelError) -> [NormalizedModel.Entry] {
        var position: [Int: Int] = [:]
        var entries: [NormalizedModel.Entry] = []
        for term in terms {
            guard contains(term.variable) else {
                throw .foreignVariable(variableIndex: term.variable.index, context: context)
            }
            guard term.coefficient.isFinite else {
                throw .nonFiniteCoefficient(variable: variableLabel(term.variable.index), context: context)
            }
            if let existing = position[term.variable.index] {
                entries[existing].value += term.coefficient
            } else {
                position[term.variable.index] = entries.count
                entries.append(NormalizedModel.Entry(column: term.variable.index, value: term.coefficient))
            }
        }
        guard entries.allSatisfy({ $0.value.isFinite }) else {
            throw .nonFiniteCoefficient(variable: "(sum of repeated terms)", context: context)
        }
        return entries.filter { $0.value != 0 }
    }

    /// Infinite bounds are allowed only on their own side; NaN and crossed bounds are not.
    static func boundsAreValid(lower: Double, upper: Double) -> Bool {
        !lower.isNaN && !upper.isNaN && lower != .infinity && upper != -.infinity && lower <= upper
    }

    /// GLPK aborts on names over 255 bytes or with control characters.
    static func checkName(_ name: String) throws(ModelError) {
        if name.utf8.count > 255 {
            throw .invalidName(name, reason: "longer than 255 UTF-8 bytes")
        }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw .invalidName(name, reason: "contains a control character")
        }
    }
}
