import LinearProgramming
import Testing

@Suite struct LPSolveTests {
    @Test func textbookLPHasKnownOptimumAndDuals() throws {
        // max 3x + 5y  s.t.  x <= 4, 2y <= 12, 3x + 2y <= 18  →  x = 2, y = 6, z = 36.
        var model = LinearModel()
        let x = model.addVariable(name: "x")
        let y = model.addVariable(name: "y")
        let c1 = model.addConstraint(x <= 4, name: "c1")
        let c2 = model.addConstraint(2 * y <= 12, name: "c2")
        let c3 = model.addConstraint(3 * x + 2 * y <= 18, name: "c3")
        model.maximize(3 * x + 5 * y)
        let result = try GLPKSolver.solveLP(model)
        #expect(result.termination.reason == .optimal)
        #expect(abs(result.objective! - 36) < 1e-9)
        #expect(result.bestBound == result.objective)
        #expect(abs(result.value(of: x)! - 2) < 1e-9)
        #expect(abs(result.value(of: y)! - 6) < 1e-9)
        #expect(abs(result.dual(of: c1)! - 0) < 1e-9)
        #expect(abs(result.dual(of: c2)! - 1.5) < 1e-9)
        #expect(abs(result.dual(of: c3)! - 1) < 1e-9)
        #expect(abs(result.reducedCost(of: x)!) < 1e-9)
        #expect(abs(result.value(of: 3 * x + 5 * y)! - 36) < 1e-9)
    }

    @Test func reducedCostOfNonbasicVariable() throws {
        // min 2x + 3y  s.t.  x + y >= 1  →  x = 1, y = 0; dual 2, reduced cost of y = 3 - 2 = 1.
        var model = LinearModel()
        let x = model.addVariable(name: "x")
        let y = model.addVariable(name: "y")
        let cover = model.addConstraint(x + y >= 1, name: "cover")
        model.minimize(2 * x + 3 * y)
        let result = try GLPKSolver.solveLP(model, parameters: SolveParameters(presolve: false))
        #expect(result.termination.reason == .optimal)
        #expect(abs(result.objective! - 2) < 1e-9)
        #expect(abs(result.dual(of: cover)! - 2) < 1e-9)
        #expect(abs(result.reducedCost(of: y)! - 1) < 1e-9)
        #expect(abs(result.reducedCost(of: x)!) < 1e-9)
    }

    @Test(arguments: [true, false])
    func infeasibleLP(presolve: Bool) throws {
        var model = LinearModel()
        let x = model.addVariable(name: "x")
        model.addConstraint(x >= 5)
        model.addConstraint(x <= 3)
        model.minimize(x)
        let result = try GLPKSolver.solveLP(model, parameters: SolveParameters(presolve: presolve))
        #expect(result.termination.reason == .infeasible)
        #expect(result.objective == nil)
        #expect(result.value(of: x) == nil)
    }

    @Test(arguments: [true, false])
    func unboundedLP(presolve: Bool) throws {
        var model = LinearModel()
        let x = model.addVariable(name: "x")
        let y = model.addVariable(name: "y")
        model.addConstraint(x - y <= 1)
        model.maximize(x + y)
        let result = try GLPKSolver.solveLP(model, parameters: SolveParameters(presolve: presolve))
        #expect(result.termination.reason == .unbounded)
        #expect(result.objective == nil)
    }

    @Test func equalityAndRangedConstraints() throws {
        // min x + 2y  s.t.  x + y = 4,  1 <= x - y <= 2  →  x = 3, y = 1, z = 5.
        var model = LinearModel()
        let x = model.addVariable(name: "x", lower: -.infinity)
        let y = model.addVariable(name: "y", lower: -.infinity)
        model.addConstraint(x + y == 4, name: "sum")
        let range = model.addConstraint(lower: 1, x - y, upper: 2, name: "range")
        model.minimize(x + 2 * y)
        let result = try GLPKSolver.solveLP(model)
        #expect(result.termination.reason == .optimal)
        #expect(abs(result.objective! - 5) < 1e-9)
        #expect(abs(result.value(of: x)! - 3) < 1e-9)
        #expect(abs(result.value(of: y)! - 1) < 1e-9)
        #expect(result.dual(of: range) != nil)
    }

    @Test func constantsMoveIntoBoundsAndObjective() throws {
        var model = LinearModel()
        let x = model.addVariable(name: "x", upper: 100)
        model.addConstraint(x + 2 <= 7)
        model.maximize(x + 10)
        let result = try GLPKSolver.solveLP(model)
        #expect(result.objective == 15)
        #expect(result.value(of: x) == 5)
    }

    @Test func repeatedVariablesAreMerged() throws {
        // x + x + y - y <= 4 is 2x <= 4; the zero coefficient of y is dropped before loading.
        var model = LinearModel()
        let x = model.addVariable(name: "x")
        let y = model.addVariable(name: "y", upper: 1)
        model.addConstraint(x + x + y - y <= 4)
        model.maximize(3 * x + y + 0 * x)
        let result = try GLPKSolver.solveLP(model)
        #expect(result.objective == 7)
    }

    @Test func modelWithoutVariablesIsSolvedWithoutGLPK() throws {
        var empty = LinearModel()
        empty.minimize(LinearExpression(constant: 4))
        #expect(try GLPKSolver.solveLP(empty).objective == 4)
        #expect(try GLPKSolver.solveMIP(empty).termination.reason == .optimal)

        var impossible = LinearModel()
        impossible.addConstraint(LinearExpression(constant: 1) <= 0)
        #expect(try GLPKSolver.solveLP(impossible).termination.reason == .infeasible)
    }

    @Test func modelWithoutConstraints() throws {
        var model = LinearModel()
        let x = model.addVariable(name: "x", lower: -2, upper: 3)
        model.minimize(x)
        let result = try GLPKSolver.solveLP(model)
        #expect(result.objective == -2)
        #expect(try GLPKSolver.solveMIP(model).objective == -2)
    }

    @Test func handlesFromAnotherModelReadAsNil() throws {
        var model = LinearModel()
        let x = model.addVariable(name: "x", upper: 1)
        model.maximize(x)
        var other = LinearModel()
        let stranger = other.addVariable(name: "x")
        let result = try GLPKSolver.solveLP(model)
        #expect(result.value(of: x) == 1)
        #expect(result.value(of: stranger) == nil)
    }
}

@Suite struct VerboseOutputTests {
    @Test func verboseSolveRoutesOutputThroughTheLogger() throws {
        let knapsack = TestModels.knapsack(values: [10, 40, 30, 50], weights: [5, 4, 6, 3], capacity: 10)
        let result = try GLPKSolver.solveMIP(knapsack.model, parameters: SolveParameters(verbose: true))
        #expect(result.objective == 90)
    }
}
