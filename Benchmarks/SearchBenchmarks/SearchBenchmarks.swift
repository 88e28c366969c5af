import Benchmark
import FieldPlan
import FieldPlanBench
import Foundation

/// Hot-path benchmarks on a 100-visit Solomon instance (R101), two 1000-visit instances in
/// Gehring–Homberger style (R1: short routes, tight windows; RC2: long routes, wide windows;
/// `Benchmarks/Instances/`, written by `Scripts/gh_style.py`) and a 1000-visit generated
/// field-service day (breaks, SLAs, follow-ups, skills):
///
/// - one insertion check: every position of one route for one left-out visit;
/// - one move evaluation: one operator on one (visit, granular neighbour) pair, not applied;
///
/// each measured with the schedule checked from cached timings (`slack`, the search's setting)
/// and by simulation alone (`simulation`), in units of one check (`scalingFactor: .kilo`, so the
/// figures printed are per check); plus a full descent and ruin-and-recreate iterations.
/// Mallocs are counted: the checks must allocate nothing.
let benchmarks: @Sendable () -> Void = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    func solomon(_ path: String) -> Problem {
        guard let scenario = try? ScenarioReader.read(contentsOf: root.appendingPathComponent(path).path),
              let problem = try? Problem(scenario: scenario, convention: .dimacs)
        else { fatalError("benchmark instance \(path) could not be read") }
        return problem
    }
    guard let generated = try? ScenarioGenerator.generate(visits: 1000, technicians: 100, seed: 7),
          let field = try? Problem(scenario: generated)
    else { fatalError("the generated benchmark instance could not be built") }
    let instances: [(String, Problem)] = [
        ("R101", solomon("../Scenarios/solomon/R101.txt")),
        ("GH R1 1000", solomon("Instances/R1_10_1.txt")),
        ("GH RC2 1000", solomon("Instances/RC2_10_1.txt")),
        ("field 1000", field),
    ]
    let micro = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal], scalingFactor: .kilo, maxDuration: .seconds(1))
    let macro = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(2), maxIterations: 5)

    for (name, problem) in instances {
        let kernel = SearchKernel(problem: problem)
        let shape = String(format: "%.0f visits/route", kernel.meanRouteLength)
        for slack in [true, false] {
            let mode = slack ? "slack" : "simulation"
            Benchmark("insertion check (\(name), \(shape), \(mode))", configuration: micro) { benchmark in
                var local = kernel
                local.usesSlack = slack
                blackHole(local.evaluateInsertion(0))
                var i = 0
                benchmark.startMeasurement()
                for _ in benchmark.scaledIterations {
                    blackHole(local.evaluateInsertion(i))
                    i &+= 1
                }
            }
            for (k, op) in SearchKernel.operatorNames.enumerated() {
                Benchmark("\(op) move (\(name), \(mode))", configuration: micro) { benchmark in
                    var local = kernel
                    local.usesSlack = slack
                    blackHole(local.evaluateMove(operator: k, pair: 0))
                    var i = 0
                    benchmark.startMeasurement()
                    for _ in benchmark.scaledIterations {
                        blackHole(local.evaluateMove(operator: k, pair: i))
                        i &+= 1
                    }
                }
            }
        }
        Benchmark("local-search descent from cheapest insertion (\(name))", configuration: macro) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(kernel.descend()) }
        }
        Benchmark("LNS iteration ×100 (\(name))", configuration: macro) { benchmark in
            var local = kernel
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { blackHole(local.ruinAndRecreate(iterations: 100)) }
        }
    }
}
