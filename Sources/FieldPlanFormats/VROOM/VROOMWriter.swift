import FieldPlanModel
import Foundation

/// Writes a plan of a ``VROOMProblem`` in VROOM's output shape.
///
/// Times are whole seconds; a step's `duration` is the travel time so far and its `distance` the
/// distance so far; a route's `cost` is `fixed + per_hour·travel/3600 + per_km·distance/1000`,
/// rounded, as VROOM computes it.
public enum VROOMWriter {
    /// The solution document.
    /// - Parameters:
    ///   - plan: a plan of `problem.scenario`.
    ///   - solvingMilliseconds: the search's wall-clock time, reported in `computingTimes`.
    public static func json(_ plan: Plan, problem: VROOMProblem, solvingMilliseconds: Int) -> Data {
        let routes = plan.routes.filter { !$0.visitIDs.isEmpty }.compactMap { route($0, problem: problem) }
        let unassigned = plan.unassigned.compactMap { leftOut in
            problem.jobs[leftOut.visit].map {
                VROOMSolution.Unassigned(id: $0.id, locationIndex: $0.locationIndex, description: $0.description)
            }
        }.sorted { $0.id < $1.id }
        let dimension = dimensions(problem)
        func total(_ key: KeyPath<VROOMSolution.Route, [Int]>) -> [Int] {
            (0..<dimension).map { d in routes.reduce(0) { $0 + $1[keyPath: key][d] } }
        }
        let summary = VROOMSolution.Summary(
            cost: routes.reduce(0) { $0 + $1.cost }, routes: routes.count, unassigned: unassigned.count,
            delivery: total(\.delivery), amount: total(\.amount), pickup: total(\.pickup),
            service: routes.reduce(0) { $0 + $1.service }, duration: routes.reduce(0) { $0 + $1.duration },
            waitingTime: routes.reduce(0) { $0 + $1.waitingTime }, priority: routes.reduce(0) { $0 + $1.priority },
            distance: problem.distances == nil ? nil : routes.reduce(0) { $0 + ($1.distance ?? 0) },
            computingTimes: .init(loading: 0, solving: solvingMilliseconds))
        let document = VROOMSolution(
            summary: summary, unassigned: unassigned, routes: routes.sorted { $0.vehicle < $1.vehicle })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        do {
            return try encoder.encode(document)
        } catch {
            preconditionFailure("a VROOM solution always encodes: \(error)")
        }
    }

    /// The number of capacity dimensions the problem uses (0 or 1).
    static func dimensions(_ problem: VROOMProblem) -> Int {
        problem.jobs.values.contains { !$0.delivery.isEmpty || !$0.pickup.isEmpty } ? 1 : 0
    }

    private static func seconds(_ minutes: Double) -> Int { Int((minutes * 60).rounded()) }

    private static func route(_ route: Route, problem: VROOMProblem) -> VROOMSolution.Route? {
        guard let vehicle = problem.vehicles[route.technician] else { return nil }
        let dimension = dimensions(problem)
        let jobs = route.stops.compactMap { $0.visit.flatMap { problem.jobs[$0] } }
        let delivered = jobs.reduce(0) { $0 + ($1.delivery.first ?? 0) }
        let pickedUp = jobs.reduce(0) { $0 + ($1.pickup.first ?? 0) }
        var load = delivered
        var travel = 0.0, distance = 0, location = vehicle.startIndex
        let measuresDistance = problem.distances != nil
        func move(to next: Int) {
            travel += Double(problem.durations[location][next]) / vehicle.speedFactor
            distance += problem.distances?[location][next] ?? 0
            location = next
        }
        func amounts(_ value: Int) -> [Int] { dimension == 0 ? [] : [value] }
        var steps = [VROOMSolution.Step(
            type: "start", locationIndex: vehicle.startIndex, service: 0, waitingTime: 0, load: amounts(load),
            arrival: seconds(route.start), duration: 0, distance: measuresDistance ? 0 : nil)]
        var breaks = vehicle.breaks.makeIterator()
        var waiting = 0
        for stop in route.stops {
            if let visit = stop.visit, let job = problem.jobs[visit] {
                move(to: job.locationIndex)
                load += (job.pickup.first ?? 0) - (job.delivery.first ?? 0)
                waiting += seconds(stop.waiting)
                steps.append(VROOMSolution.Step(
                    type: "job", id: job.id, job: job.id, description: job.description, locationIndex: job.locationIndex,
                    service: job.service, waitingTime: seconds(stop.waiting), load: amounts(load),
                    arrival: seconds(stop.arrival), duration: Int(travel.rounded()),
                    distance: measuresDistance ? distance : nil))
            } else {
                let taken = breaks.next()
                waiting += seconds(stop.waiting)
                steps.append(VROOMSolution.Step(
                    type: "break", id: taken?.id, service: taken?.service ?? seconds(stop.end - stop.start),
                    waitingTime: seconds(stop.waiting), load: amounts(load), arrival: seconds(stop.arrival),
                    duration: Int(travel.rounded()), distance: measuresDistance ? distance : nil))
            }
        }
        if let end = vehicle.endIndex {
            move(to: end)
            steps.append(VROOMSolution.Step(
                type: "end", locationIndex: end, service: 0, waitingTime: 0, load: amounts(load),
                arrival: seconds(route.end), duration: Int(travel.rounded()),
                distance: measuresDistance ? distance : nil))
        }
        let service = steps.reduce(0) { $0 + $1.service }
        let cost = vehicle.fixedCost
            + Int((Double(vehicle.perHour) * travel / 3600 + Double(vehicle.perKm) * Double(distance) / 1000).rounded())
        return VROOMSolution.Route(
            vehicle: vehicle.id, cost: cost, delivery: amounts(delivered), amount: amounts(delivered),
            pickup: amounts(pickedUp), service: service, duration: Int(travel.rounded()), waitingTime: waiting,
            priority: jobs.reduce(0) { $0 + $1.priority }, distance: measuresDistance ? distance : nil,
            description: vehicle.description, steps: steps)
    }
}
