import LinearProgramming
import Synchronization
import Testing

@Suite struct MIPSolveTests {
    @Test(arguments: [true, false])
    func knapsackReachesKnownOptimum(presolve: Bool) throws {
        let knapsack = TestModels.knapsack(values: [10, 40, 30, 50], weights: [5, 4, 6, 3], capacity: 10)
        let result = try GLPKSolver.solveMIP(knapsack.model, parameters: SolveParameters(presolve: presolve))
        #expect(result.termination.reason == .optimal)
        #expect(result.objective == 90)
        #expect(result.bestBound == 90)
        #expect(knapsack.items.map { result.value(of: $0) } == [0, 1, 0, 1])
        #expect(result.dual(of: knapsack.model.constraints[0]) == nil)
    }

    @Test(arguments: [true, false])
    func infeasibleMIP(presolve: Bool) throws {
        // 2x = 3 has a real but no integer solution.
        var model = LinearModel()
        let x = model.addVariable(name: "x", upper: 10, kind: .integer)
        model.addConstraint(2 * x == 3)
        model.minimize(x)
        let result = try GLPKSolver.solveMIP(model, parameters: SolveParameters(presolve: presolve))
        #expect(result.termination.reason == .infeasible)
        #expect(result.objective == nil)
    }

    @Test(arguments: [true, false])
    func unboundedRelaxation(presolve: Bool) throws {
        var model = LinearModel()
        let x = model.addVariable(name: "x", kind: .integer)
        model.maximize(x)
        model.addConstraint(x >= 1)
        let result = try GLPKSolver.solveMIP(model, parameters: SolveParameters(presolve: presolve))
        #expect(result.termination.reason == .infeasibleOrUnbounded)
    }

    @Test func integerVersusBinary() throws {
        var model = LinearModel()
        let n = model.addVariable(name: "n", upper: 10, kind: .integer)
        let b = model.addVariable(name: "b", upper: 10, kind: .binary)
        model.addConstraint(2 * n + 2 * b <= 7.5)
        model.maximize(n + b)
        let result = try GLPKSolver.solveMIP(model)
        #expect(result.objective == 3)
        #expect(result.value(of: b)! <= 1)
        let relaxed = try GLPKSolver.solveLP(model)
        #expect(abs(relaxed.objective! - 3.75) < 1e-9)
    }

    @Test func timeLimitReturnsIncumbent() throws {
        let hard = TestModels.hardMIP()
        let result = try GLPKSolver.solveMIP(hard.model, parameters: SolveParameters(timeLimit: 0.3))
        #expect(result.termination.isTimeLimit)
        #expect(result.termination.reason == .feasible)
        #expect(result.objective != nil)
        if let objective = result.objective, let bound = result.bestBound {
            #expect(bound >= objective - 1e-6)
        }
    }

    @Test func shouldStopCancelsPromptly() throws {
        let hard = TestModels.hardMIP()
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start.advanced(by: .milliseconds(100))
        let parameters = SolveParameters(timeLimit: 30, shouldStop: { ContinuousClock().now >= deadline })
        let result = try GLPKSolver.solveMIP(hard.model, parameters: parameters)
        #expect(result.termination.isCancelled)
        #expect(start.duration(to: clock.now) < .seconds(2))
    }

    @Test func taskCancellationStopsAsyncSolve() async throws {
        let hard = TestModels.hardMIP()
        let task = Task { try await GLPKSolver.solveMIP(hard.model, parameters: SolveParameters(timeLimit: 300)) }
        try await Task.sleep(for: .milliseconds(100))
        task.cancel()
        let result = try await task.value
        // Stopped by the cancellation, not by the time limit. How fast the stop is, is measured
        // by `shouldStopCancelsPromptly` on the calling thread: here, the wall time until the
        // task's result is read also counts how long a parallel test run keeps the cooperative
        // threads busy (137 s once), which says nothing about the solver.
        #expect(result.termination.isCancelled)
    }

    @Test func gapLimitStopsEarly() throws {
        let hard = TestModels.hardMIP()
        let result = try GLPKSolver.solveMIP(hard.model, parameters: SolveParameters(timeLimit: 5, relativeGap: 0.5))
        #expect(result.termination.limit == .gap || result.termination.reason == .optimal)
        #expect(result.objective != nil)
    }

    @Test func warmStartIsUsedAndNeverBeaten() throws {
        let knapsack = TestModels.pseudoRandomKnapsack(count: 60, seed: 7)
        let greedy = knapsack.greedy
        let greedyValue = knapsack.value(of: greedy)
        // Stopped before GLPK could find anything: the (verified) warm start is the answer.
        let stopped = try GLPKSolver.solveMIP(
            knapsack.model, parameters: SolveParameters(warmStart: greedy, shouldStop: { true }))
        #expect(stopped.termination.isCancelled)
        #expect(stopped.objective == greedyValue)
        // A short run: GLPK receives the warm start as its first incumbent.
        let short = try GLPKSolver.solveMIP(
            knapsack.model, parameters: SolveParameters(timeLimit: 0.2, warmStart: greedy))
        #expect(short.warmStartAccepted || short.termination.reason == .optimal)
        #expect(short.objective! >= greedyValue)
        #expect(short.objective! <= knapsack.optimum + 1e-6)
    }

    @Test func infeasibleWarmStartIsIgnored() throws {
        let knapsack = TestModels.knapsack(values: [10, 40, 30, 50], weights: [5, 4, 6, 3], capacity: 10)
        let everything = Dictionary(uniqueKeysWithValues: knapsack.items.map { ($0, 1.0) })
        let result = try GLPKSolver.solveMIP(knapsack.model, parameters: SolveParameters(warmStart: everything))
        #expect(!result.warmStartAccepted)
        #expect(result.objective == 90)
    }
}
