@testable import LinearProgramming
import Testing

@Suite struct LPTextTests {
    private static func demoModel() -> LinearModel {
        var model = LinearModel(name: "demo")
        let x = model.addVariable(name: "x", lower: 0, upper: 10, kind: .integer)
        let y = model.addVariable(name: "y")
        let z = model.addVariable(name: "z[1]", lower: -.infinity, upper: .infinity)
        let pick = model.addVariable(name: "pick", kind: .binary)
        let fixed = model.addVariable(name: "fixed cost", lower: 2, upper: 2)
        let low = model.addVariable(name: "", lower: -.infinity, upper: 4)
        model.addVariable(name: "unused", lower: 1)
        model.addConstraint(2 * x + 3 * y <= 12, name: "cap")
        model.addConstraint(lower: 1, x + y - z, upper: 5, name: "range")
        model.addConstraint(x + pick == 1)
        model.addConstraint(y - z + low >= -2, name: "lo")
        model.addConstraint(y + fixed <= 9, name: "end")
        model.maximize(x + 1.5 * y - 0.25 * low + 3)
        return model
    }

    @Test func goldenText() throws {
        let expected = #"""
            \* Problem: demo *\

            Maximize
             obj: + x + 1.5 y - 0.25 x_6 + 0 unused
            \* constant term = 3 *\

            Subject To
             cap: + 2 x + 3 y <= 12
             range: + x + y - z(1) - ~range = 1
             r_3: + x + pick = 1
             lo: + y - z(1) + x_6 >= -2
             r_5: + y + fixed_cost <= 9

            Bounds
             0 <= ~range <= 4
             0 <= x <= 10
             z(1) free
             0 <= pick <= 1
             fixed_cost = 2
             -inf <= x_6 <= 4
             unused >= 1

            Generals
             x
             pick

            End

            """#
        #expect(try Self.demoModel().lpText() == expected)
    }

    @Test func swiftAndGLPKWritersDescribeTheSameModel() throws {
        let model = Self.demoModel()
        let direct = try GLPKSolver.solveMIP(model)
        #expect(direct.termination.reason == .optimal)
        let glpkText = try GLPKSolver.glpkLPText(model)
        #expect(glpkText.contains("Maximize"))
        // Both files drop the objective constant (3): LP text has no constant term.
        let fromSwift = try #require(GLPKSolver.optimumOfLPText(try model.lpText()))
        let fromGLPK = try #require(GLPKSolver.optimumOfLPText(glpkText))
        #expect(abs(fromSwift + 3 - direct.objective!) < 1e-9)
        #expect(abs(fromGLPK - fromSwift) < 1e-9)
    }

    @Test func knapsackRoundTrips() throws {
        let knapsack = TestModels.pseudoRandomKnapsack(count: 20, seed: 3)
        let fromText = try #require(GLPKSolver.optimumOfLPText(try knapsack.model.lpText()))
        #expect(fromText == knapsack.optimum)
    }
}
