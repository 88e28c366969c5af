import Dispatch
import LinearProgramming
import Synchronization
import Testing

/// GLPK's environment is per thread here; concurrent solves must not disturb each other.
@Suite struct ConcurrencyTests {
    private static let knapsacks = (0..<50).map { TestModels.pseudoRandomKnapsack(count: 12, seed: UInt64($0 + 1)) }
    private static let optima = knapsacks.map(\.optimum)

    @Test func threadsSolveSmallMIPsConcurrently() {
        let wrong = Atomic<Int>(0)
        let failed = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for index in 0..<50 {
                let which = (index + thread * 13) % Self.knapsacks.count
                do {
                    let result = try GLPKSolver.solveMIP(Self.knapsacks[which].model)
                    if result.objective != Self.optima[which] { wrong.add(1, ordering: .relaxed) }
                } catch {
                    failed.add(1, ordering: .relaxed)
                }
            }
        }
        #expect(wrong.load(ordering: .relaxed) == 0)
        #expect(failed.load(ordering: .relaxed) == 0)
    }

    @Test func asyncSolvesInATaskGroup() async throws {
        let objectives = try await withThrowingTaskGroup(of: (Int, Double?).self) { group in
            for index in 0..<40 {
                group.addTask {
                    let which = index % Self.knapsacks.count
                    return (which, try await GLPKSolver.solveMIP(Self.knapsacks[which].model).objective)
                }
            }
            return try await group.reduce(into: [(Int, Double?)]()) { $0.append($1) }
        }
        #expect(objectives.count == 40)
        for (which, objective) in objectives {
            #expect(objective == Self.optima[which])
        }
    }
}
