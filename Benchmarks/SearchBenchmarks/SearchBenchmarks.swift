import Benchmark
import FieldPlan
import FieldPlanBench
import Foundation

/// Hot-path benchmarks: travel lookup, insertion checks, local-search move evaluation per
/// operator, a full descent, ruin-and-recreate iterations, on a 100-visit Solomon instance and a
/// 1000-visit generated one.
let benchmarks: @Sendable () -> Void = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    guard let solomon = try? ScenarioReader.read(contentsOf: root.appendingPathComponent("Scenarios/solomon/R101.txt").path),
          let small = try? Problem(scenario: solomon, convention: .dimacs),
          let generated = try? ScenarioGenerator.generate(visits: 1000, technicians: 100, seed: 7),
          let large = try? Problem(scenario: generated)
    else { fatalError("benchmark instances could not be built") }
    Benchmark.defaultConfiguration.maxDuration = .seconds(3)

    Benchmark("travel lookup ×10k (R101)", configuration: .init(metrics: [.wallClock, .mallocCountTotal])) { benchmark in
        let n = small.nodeCount
        var sum = 0
        for i in benchmark.scaledIterations {
            for k in 0..<10_000 { sum &+= small.travel(0, (i &+ k) % n, (k &* 7) % n) }
        }
        blackHole(sum)
    }

    for (name, problem) in [("R101", small), ("generated 1000", large)] {
        Benchmark("best insertion of 100 visits into every route (\(name))",
                  configuration: .init(metrics: [.wallClock, .mallocCountTotal])) { benchmark in
            var kernel = SearchKernel(problem: problem)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(kernel.evaluateInsertions(count: 100)) }
        }
        for op in SearchKernel.operatorNames {
            Benchmark("\(op) evaluation of 1000 neighbour pairs (\(name))",
                      configuration: .init(metrics: [.wallClock, .mallocCountTotal])) { benchmark in
                let kernel = SearchKernel(problem: problem)
                benchmark.startMeasurement()
                for _ in benchmark.scaledIterations { blackHole(kernel.evaluateMoves(of: op, pairs: 1000)) }
            }
        }
        Benchmark("local-search descent from cheapest insertion (\(name))",
                  configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxIterations: 5)) { benchmark in
            let kernel = SearchKernel(problem: problem)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(kernel.descend()) }
        }
        Benchmark("LNS iteration ×100 (\(name))", configuration: .init(metrics: [.wallClock, .mallocCountTotal])) { benchmark in
            var kernel = SearchKernel(problem: problem)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(kernel.ruinAndRecreate(iterations: 100)) }
        }
    }
}
