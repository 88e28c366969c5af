@testable import LinearProgramming
import Testing

/// Each bad model must give its specific ``ModelError`` and never reach GLPK (which would abort).
@Suite struct ModelValidationTests {
    private func model(_ build: (inout LinearModel, Variable) -> Void) -> LinearModel {
        var model = LinearModel()
        let x = model.addVariable(name: "x", upper: 10)
        model.maximize(x)
        build(&model, x)
        return model
    }

    private func error(solving model: LinearModel, parameters: SolveParameters = SolveParameters()) -> ModelError? {
        let lp = #expect(throws: ModelError.self) { try GLPKSolver.solveLP(model, parameters: parameters) }
        let mip = #expect(throws: ModelError.self) { try GLPKSolver.solveMIP(model, parameters: parameters) }
        #expect(lp?.description == mip?.description)
        return lp
    }

    @Test func nanCoefficientInConstraint() {
        let bad = model { model, x in model.addConstraint(Double.nan * x <= 1, name: "cap") }
        #expect(error(solving: bad) == .nonFiniteCoefficient(variable: "x", context: "constraint 'cap'"))
    }

    @Test func infiniteObjectiveCoefficient() {
        let bad = model { model, x in model.minimize(Double.infinity * x) }
        #expect(error(solving: bad) == .nonFiniteCoefficient(variable: "x", context: "the objective"))
    }

    @Test func nonFiniteConstants() {
        let bad = model { model, x in model.addConstraint(x <= .nan, name: "rhs") }
        #expect(error(solving: bad) == .nonFiniteConstant(context: "constraint 'rhs'"))
        let badObjective = model { model, x in model.maximize(x + .infinity) }
        #expect(error(solving: badObjective) == .nonFiniteConstant(context: "the objective"))
    }

    @Test func invalidVariableBounds() {
        for (lower, upper) in [(5.0, 1.0), (Double.infinity, .infinity), (0, -.infinity)] {
            let bad = model { model, _ in model.addVariable(name: "y", lower: lower, upper: upper) }
            #expect(error(solving: bad) == .invalidVariableBounds(variable: "y", lower: lower, upper: upper))
        }
        let nan = model { model, _ in model.addVariable(name: "y", lower: .nan) }
        guard case .invalidVariableBounds("y", _, _) = error(solving: nan) else {
            Issue.record("NaN bound not rejected")
            return
        }
        let binary = model { model, _ in model.addVariable(name: "b", lower: 2, kind: .binary) }
        #expect(error(solving: binary) == .invalidVariableBounds(variable: "b", lower: 2, upper: 1))
    }

    @Test func invalidConstraintBounds() {
        let crossed = model { model, x in model.addConstraint(lower: 5, x, upper: 1, name: "range") }
        #expect(error(solving: crossed) == .invalidConstraintBounds(constraint: "range", lower: 5, upper: 1))
        let unnamed = model { model, x in model.addConstraint(lower: .infinity, LinearExpression(x), upper: .infinity) }
        #expect(error(solving: unnamed) == .invalidConstraintBounds(constraint: "#0", lower: .infinity, upper: .infinity))
    }

    @Test func invalidNames() {
        let long = String(repeating: "n", count: 256)
        let tooLong = model { model, _ in model.addVariable(name: long) }
        #expect(error(solving: tooLong) == .invalidName(long, reason: "longer than 255 UTF-8 bytes"))
        let control = model { model, x in model.addConstraint(x <= 1, name: "bad\nname") }
        #expect(error(solving: control) == .invalidName("bad\nname", reason: "contains a control character"))
        var named = LinearModel(name: "tab\there")
        named.addVariable()
        #expect(throws: ModelError.self) { try named.lpText() }
        let fine = model { model, _ in model.addVariable(name: String(repeating: "é", count: 127)) }
        #expect(throws: Never.self) { try GLPKSolver.solveLP(fine) }
    }

    @Test func variableFromAnotherModel() {
        var other = LinearModel()
        let stranger = other.addVariable(name: "stranger")
        let bad = model { model, x in model.addConstraint(x + stranger <= 1, name: "mixed") }
        #expect(error(solving: bad) == .foreignVariable(variableIndex: 0, context: "constraint 'mixed'"))
    }

    @Test func invalidParameters() {
        let good = model { _, _ in }
        #expect(error(solving: good, parameters: SolveParameters(timeLimit: -1))
            == .invalidParameter(name: "timeLimit", reason: "must be a non-negative number of seconds"))
        #expect(error(solving: good, parameters: SolveParameters(relativeGap: .nan))
            == .invalidParameter(name: "relativeGap", reason: "must be a finite number >= 0"))
    }

    @Test func invalidWarmStart() throws {
        var other = LinearModel()
        let stranger = other.addVariable(name: "stranger")
        let good = model { _, _ in }
        #expect(throws: ModelError.invalidWarmStart(variable: "#0", reason: "not a variable of this model")) {
            try GLPKSolver.solveMIP(good, parameters: SolveParameters(warmStart: [stranger: 1]))
        }
        #expect(throws: ModelError.invalidWarmStart(variable: "x", reason: "value is not finite")) {
            try GLPKSolver.solveMIP(good, parameters: SolveParameters(warmStart: [good.variables[0]: .nan]))
        }
    }

    @Test func errorsNameTheElement() {
        let error = ModelError.nonFiniteCoefficient(variable: "x", context: "constraint 'cap'")
        #expect(error.description == "coefficient of variable 'x' in constraint 'cap' is not finite")
    }

    @Test func guardRecoversFromAnInvalidGLPKCall() throws {
        // Bypasses validation on purpose: without the C guard this would abort the test process.
        #expect(GLPKSolver.guardRecoversFromInvalidCall())
        #expect(GLPKSolver.guardRecoversFromInvalidCall())
        let afterwards = model { _, _ in }
        #expect(try GLPKSolver.solveLP(afterwards).objective == 10)
    }
}
