@testable import FieldPlanExact
import FieldPlanModel

/// Every elementary route of tiny pricing networks, by brute force, mirroring the labelling's
/// feasibility rules (windows, capacity, visit limit, reaching the end).
enum RouteEnumeration {
    /// The fleets of twin technicians of `problem`, in the order ``ColumnGenerationBound`` uses.
    static func fleets(_ problem: Problem) -> [[Int]] {
        var members: [[Int]] = []
        var classes: [Int: Int] = [:]
        for t in 0..<problem.technicianCount {
            if let f = classes[problem.twinClass[t]] {
                members[f].append(t)
            } else {
                classes[problem.twinClass[t]] = members.count
                members.append([t])
            }
        }
        return members
    }

    /// Every feasible elementary route of `network`, as local nodes (visits only).
    static func routes(_ network: PricingNetwork) -> [[Int]] {
        let n = network.n, size = n + 2, end = n + 1
        var found: [[Int]] = []
        func extend(_ route: [Int], time: Int, load: Double) {
            let i = route.last ?? 0
            if i > 0 && network.cost[i * size + end] < .infinity
                && time + network.step[i * size + end] <= network.latestArrival {
                found.append(route)
            }
            guard route.count < network.maxVisits, n > 0 else { return }
            for j in 1...n where !route.contains(j) && network.cost[i * size + j] < .infinity {
                let next = load + network.demand[j]
                guard next <= network.capacity + 1e-9,
                      let start = network.serviceStart(j, arrival: time + network.step[i * size + j]) else { continue }
                extend(route + [j], time: start, load: next)
            }
        }
        extend([], time: network.departure, load: 0)
        return found
    }

    /// The columns of every elementary route of every fleet of `problem`.
    static func columns(_ problem: Problem) -> [RouteColumn] {
        fleets(problem).enumerated().flatMap { f, technicians in
            let network = PricingNetwork(problem: problem, technicians: technicians, ngSize: 64)
            return routes(network).map {
                RouteColumn(fleet: f, visits: $0.map { network.visit[$0] }, cost: network.routeCost($0))
            }
        }
    }
}
