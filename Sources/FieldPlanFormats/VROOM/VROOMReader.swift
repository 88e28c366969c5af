import FieldPlanModel
import Foundation

/// Reads VROOM's JSON input (the subset listed in `docs/service.md`) into a ``VROOMProblem``.
///
/// Every issue is collected and located by JSON path (`jobs[3].time_windows[0]`); VROOM features
/// FieldPlan does not model are reported as such, never silently ignored.
public enum VROOMReader {
    /// The penalty of leaving out a job of priority 0; each priority point adds the same again.
    public static let basePenalty = 1_000_000.0

    /// Reads a VROOM problem from bytes.
    /// - Throws: ``ScenarioError`` with every issue found.
    public static func read(data: Data) throws(ScenarioError) -> VROOMProblem {
        let tree: JSONValue
        do throws(JSONParser.Failure) {
            tree = try JSONParser.parse(data)
        } catch {
            throw ScenarioError(issues: [error.issue])
        }
        var reader = VROOMTreeReader()
        let problem = read(tree, reader: &reader)
        guard reader.issues.isEmpty, let problem else {
            throw ScenarioError(issues: reader.issues.isEmpty
                ? [ScenarioIssue(.invalidValue, at: ScenarioIssue.topLevel, "the problem cannot be read")] : reader.issues)
        }
        return problem
    }

    private static func read(_ tree: JSONValue, reader: inout VROOMTreeReader) -> VROOMProblem? {
        guard let top = reader.members(
            tree, at: "", supported: ["jobs", "vehicles", "matrices", "matrix", "shipments", "options"])
        else { return nil }
        if let shipments = reader.array(top["shipments"], at: "shipments"), !shipments.isEmpty {
            reader.unsupported("shipments", "shipments (paired pickup and delivery)")
        }
        if top["options"] != nil { reader.unsupported("options", "'options'") }
        let jobValues = reader.array(top["jobs"], at: "jobs") ?? []
        guard let vehicleValues = reader.array(top["vehicles"], at: "vehicles") else {
            reader.fail(.missingField, "vehicles", "the problem has no vehicles")
            return nil
        }
        let vehicles = vehicleValues.enumerated().compactMap { vehicle($1, at: "vehicles[\($0)]", reader: &reader) }
        let jobs = jobValues.enumerated().compactMap { job($1, at: "jobs[\($0)]", reader: &reader) }
        let (durations, distances) = matrices(top, profiles: Set(vehicles.map(\.profile)), reader: &reader)
        guard let durations, reader.issues.isEmpty else { return nil }
        checkIndices(jobs: jobs, vehicles: vehicles, size: durations.count, reader: &reader)
        checkAmounts(jobs: jobs, vehicles: vehicles, reader: &reader)
        checkUniformCosts(vehicles, reader: &reader)
        guard reader.issues.isEmpty else { return nil }
        return assemble(jobs: jobs, vehicles: vehicles, durations: durations, distances: distances)
    }

    /// A job as read, before assembly.
    private struct JobInput {
        var job: VROOMProblem.Job
        var skills: [Int]
        var windows: [(start: Int, end: Int)]
        var amount: Int
    }

    /// A vehicle as read, before assembly.
    private struct VehicleInput {
        var vehicle: VROOMProblem.Vehicle
        var path: String
        var profile: String
        var skills: [Int]
        var capacity: [Int]?
        var window: (start: Int, end: Int)?
        var breaks: [(start: Int, end: Int, service: Int)]
        var maxTasks: Int?
    }

    private static func job(_ value: JSONValue, at path: String, reader: inout VROOMTreeReader) -> JobInput? {
        guard let m = reader.members(
            value, at: path,
            supported: ["id", "location", "location_index", "service", "skills", "time_windows", "priority", "delivery",
                        "pickup", "amount", "description"],
            unsupported: ["setup", "setup_per_type", "service_per_type", "type"])
        else { return nil }
        let id = reader.integer(m["id"], at: "\(path).id", minimum: 0)
        if m["id"] == nil { reader.fail(.missingField, "\(path).id", "a job needs an id") }
        let index = reader.integer(m["location_index"], at: "\(path).location_index", minimum: 0)
        if m["location_index"] == nil {
            reader.fail(.missingField, "\(path).location_index", "give location_index into the matrices (coordinates alone need a routing engine)")
        }
        let service = reader.integer(m["service"], at: "\(path).service", minimum: 0) ?? 0
        let skills = reader.integers(m["skills"], at: "\(path).skills", minimum: 0) ?? []
        let windows = (reader.array(m["time_windows"], at: "\(path).time_windows") ?? []).enumerated()
            .compactMap { reader.window($1, at: "\(path).time_windows[\($0)]") }
        let priority = reader.integer(m["priority"], at: "\(path).priority", minimum: 0) ?? 0
        if priority > 100 { reader.fail(.invalidValue, "\(path).priority", "priority must be between 0 and 100") }
        let delivery = reader.integers(m["delivery"], at: "\(path).delivery", minimum: 0)
            ?? reader.integers(m["amount"], at: "\(path).amount", minimum: 0) ?? []
        if m["delivery"] != nil && m["amount"] != nil {
            reader.fail(.contradiction, "\(path).amount", "give delivery or the deprecated amount, not both")
        }
        let pickup = reader.integers(m["pickup"], at: "\(path).pickup", minimum: 0) ?? []
        for (name, list) in [("delivery", delivery), ("pickup", pickup)] where list.count > 1 {
            reader.unsupported("\(path).\(name)", "more than one capacity dimension")
        }
        let description = reader.string(m["description"], at: "\(path).description")
        guard let id, let index else { return nil }
        return JobInput(
            job: VROOMProblem.Job(
                id: id, locationIndex: index, service: service, delivery: delivery, pickup: pickup, priority: priority,
                description: description),
            skills: skills, windows: windows, amount: (delivery.first ?? 0) + (pickup.first ?? 0))
    }

    private static func vehicle(_ value: JSONValue, at path: String, reader: inout VROOMTreeReader) -> VehicleInput? {
        guard let m = reader.members(
            value, at: path,
            supported: ["id", "start", "start_index", "end", "end_index", "profile", "skills", "capacity", "time_window",
                        "breaks", "speed_factor", "costs", "description", "max_tasks"],
            unsupported: ["steps", "max_travel_time", "max_distance", "type"])
        else { return nil }
        let id = reader.integer(m["id"], at: "\(path).id", minimum: 0)
        if m["id"] == nil { reader.fail(.missingField, "\(path).id", "a vehicle needs an id") }
        let start = reader.integer(m["start_index"], at: "\(path).start_index", minimum: 0)
        if m["start_index"] == nil {
            if m["end_index"] != nil { reader.unsupported("\(path).start_index", "a vehicle without a start") }
            else { reader.fail(.missingField, "\(path).start_index", "give start_index into the matrices") }
        }
        let end = reader.integer(m["end_index"], at: "\(path).end_index", minimum: 0)
        let profile = reader.string(m["profile"], at: "\(path).profile") ?? "car"
        let skills = reader.integers(m["skills"], at: "\(path).skills", minimum: 0) ?? []
        let capacity = reader.integers(m["capacity"], at: "\(path).capacity", minimum: 0)
        if let capacity, capacity.count > 1 { reader.unsupported("\(path).capacity", "more than one capacity dimension") }
        let window = m["time_window"].flatMap { reader.window($0, at: "\(path).time_window") }
        let speed = reader.number(m["speed_factor"], at: "\(path).speed_factor") ?? 1
        if speed <= 0 || speed > 5 { reader.fail(.invalidValue, "\(path).speed_factor", "speed_factor must be in (0, 5]") }
        var fixed = 0, perHour = 3600, perKm = 0
        if let costs = reader.members(
            m["costs"], at: "\(path).costs", supported: ["fixed", "per_hour", "per_km"], unsupported: ["per_task_hour"])
        {
            fixed = reader.integer(costs["fixed"], at: "\(path).costs.fixed", minimum: 0) ?? 0
            perHour = reader.integer(costs["per_hour"], at: "\(path).costs.per_hour", minimum: 0) ?? 3600
            perKm = reader.integer(costs["per_km"], at: "\(path).costs.per_km", minimum: 0) ?? 0
        }
        var breaks: [(id: Int, start: Int, end: Int, service: Int)] = []
        for (index, value) in (reader.array(m["breaks"], at: "\(path).breaks") ?? []).enumerated() {
            let breakPath = "\(path).breaks[\(index)]"
            guard let b = reader.members(
                value, at: breakPath, supported: ["id", "time_windows", "service", "description"], unsupported: ["max_load"])
            else { continue }
            let breakID = reader.integer(b["id"], at: "\(breakPath).id", minimum: 0)
            let windows = (reader.array(b["time_windows"], at: "\(breakPath).time_windows") ?? []).enumerated()
                .compactMap { reader.window($1, at: "\(breakPath).time_windows[\($0)]") }
            if windows.count != 1 {
                reader.unsupported("\(breakPath).time_windows", "a break without exactly one time window")
            }
            let service = reader.integer(b["service"], at: "\(breakPath).service", minimum: 0) ?? 0
            if let breakID, let window = windows.first, windows.count == 1 {
                breaks.append((breakID, window.start, window.end, service))
            }
        }
        breaks.sort { ($0.start, $0.id) < ($1.start, $1.id) }
        let maxTasks = reader.integer(m["max_tasks"], at: "\(path).max_tasks", minimum: 0)
        let description = reader.string(m["description"], at: "\(path).description")
        guard let id, let start else { return nil }
        return VehicleInput(
            vehicle: VROOMProblem.Vehicle(
                id: id, startIndex: start, endIndex: end, speedFactor: speed, fixedCost: fixed, perHour: perHour,
                perKm: perKm, breaks: breaks.map { VROOMProblem.VehicleBreak(id: $0.id, service: $0.service) },
                description: description),
            path: path, profile: profile, skills: skills, capacity: capacity, window: window,
            breaks: breaks.map { ($0.start, $0.end, $0.service) }, maxTasks: maxTasks)
    }

    /// The durations and distances of the one profile the vehicles use.
    private static func matrices(
        _ top: [String: JSONValue], profiles: Set<String>, reader: inout VROOMTreeReader
    ) -> (durations: [[Int]]?, distances: [[Int]]?) {
        if profiles.count > 1 {
            reader.unsupported("vehicles", "vehicles with different profiles")
            return (nil, nil)
        }
        let profile = profiles.first ?? "car"
        if let all = reader.members(top["matrices"], at: "matrices", supported: Set(top["matrices"].map(keys) ?? [])) {
            guard let chosen = all[profile] else {
                reader.fail(.missingField, "matrices.\(profile)", "no matrices for the vehicles' profile '\(profile)'")
                return (nil, nil)
            }
            guard let m = reader.members(
                chosen, at: "matrices.\(profile)", supported: ["durations", "distances"], unsupported: ["costs"])
            else { return (nil, nil) }
            let durations = reader.matrix(m["durations"], at: "matrices.\(profile).durations")
            if m["durations"] == nil {
                reader.fail(.missingField, "matrices.\(profile).durations", "travel durations are needed")
            }
            let distances = reader.matrix(m["distances"], at: "matrices.\(profile).distances")
            if let durations, let distances, distances.count != durations.count {
                reader.fail(.invalidValue, "matrices.\(profile).distances", "distances and durations differ in size")
            }
            return (durations, distances)
        }
        if top["matrix"] != nil { return (reader.matrix(top["matrix"], at: "matrix"), nil) }
        reader.fail(.missingField, "matrices", "give travel durations in matrices (FieldPlan has no routing engine)")
        return (nil, nil)
    }

    private static func keys(_ value: JSONValue) -> [String] {
        if case .object(let members) = value { return members.map(\.key) }
        return []
    }

    private static func checkIndices(jobs: [JobInput], vehicles: [VehicleInput], size: Int, reader: inout VROOMTreeReader) {
        for (index, input) in jobs.enumerated() where input.job.locationIndex >= size {
            reader.fail(.invalidValue, "jobs[\(index)].location_index", "index \(input.job.locationIndex) is outside the \(size)×\(size) matrix")
        }
        for input in vehicles {
            for (name, value) in [("start_index", input.vehicle.startIndex), ("end_index", input.vehicle.endIndex)] {
                if let value, value >= size {
                    reader.fail(.invalidValue, "\(input.path).\(name)", "index \(value) is outside the \(size)×\(size) matrix")
                }
            }
        }
        var seen = Set<Int>()
        for (index, input) in jobs.enumerated() where !seen.insert(input.job.id).inserted {
            reader.fail(.duplicateId, "jobs[\(index)].id", "job id \(input.job.id) is used twice")
        }
        seen = []
        for input in vehicles where !seen.insert(input.vehicle.id).inserted {
            reader.fail(.duplicateId, "\(input.path).id", "vehicle id \(input.vehicle.id) is used twice")
        }
    }

    /// One capacity dimension, and only deliveries or only pickups (then one sum bounds the load).
    private static func checkAmounts(jobs: [JobInput], vehicles: [VehicleInput], reader: inout VROOMTreeReader) {
        let delivers = jobs.contains { ($0.job.delivery.first ?? 0) > 0 }
        let picksUp = jobs.contains { ($0.job.pickup.first ?? 0) > 0 }
        if delivers && picksUp {
            reader.unsupported("jobs", "mixing pickup and delivery jobs")
        }
        if (delivers || picksUp), let index = vehicles.firstIndex(where: { $0.capacity == nil }) {
            reader.fail(.missingField, "\(vehicles[index].path).capacity", "jobs carry amounts, so every vehicle needs a capacity")
        }
    }

    /// The search has one travel-time and one distance weight, so per-hour and per-km costs must agree.
    private static func checkUniformCosts(_ vehicles: [VehicleInput], reader: inout VROOMTreeReader) {
        guard let first = vehicles.first?.vehicle else { return }
        for input in vehicles
        where input.vehicle.perHour != first.perHour || input.vehicle.perKm != first.perKm {
            reader.unsupported("\(input.path).costs", "per_hour or per_km costs that differ between vehicles")
        }
    }

    private static func assemble(
        jobs: [JobInput], vehicles: [VehicleInput], durations: [[Int]], distances: [[Int]]?
    ) -> VROOMProblem {
        let horizon = Double(jobs.flatMap { $0.windows.map(\.end) }.max() ?? 0)
            + Double(durations.joined().reduce(0, +) + jobs.reduce(0) { $0 + $1.job.service }) + 86_400
        let technicians = vehicles.map { input in
            let v = input.vehicle
            let shiftStart = Double(input.window?.start ?? 0) / 60
            let shiftEnd = Double(input.window?.end ?? Int(horizon)) / 60
            return Technician(
                id: VROOMProblem.technicianID(v.id), skills: skillLevels(input.skills), start: .matrixIndex(v.startIndex),
                end: v.endIndex.map { .matrixIndex($0) }, openEnd: v.endIndex == nil,
                shift: Shift(start: .minutes(shiftStart), end: .minutes(shiftEnd)),
                breaks: input.breaks.map {
                    Break(duration: Double($0.service) / 60, earliestStart: .minutes(Double($0.start) / 60),
                          latestStart: .minutes(Double($0.end) / 60))
                },
                fixedCost: Double(v.fixedCost), speedFactor: v.speedFactor, maxVisits: input.maxTasks,
                capacity: input.capacity?.first.map(Double.init))
        }
        let visits = jobs.map { input in
            Visit(
                id: VROOMProblem.visitID(input.job.id), address: input.job.description, location: .matrixIndex(input.job.locationIndex),
                duration: Double(input.job.service) / 60, skills: skillLevels(input.skills),
                timeWindows: input.windows.map {
                    TimeWindow(start: .minutes(Double($0.start) / 60), end: .minutes(Double($0.end) / 60))
                },
                priority: max(1, input.job.priority), mandatory: false,
                penalty: basePenalty * Double(1 + input.job.priority), demand: Double(input.amount))
        }
        let first = vehicles.first?.vehicle
        let objective = ObjectiveSettings(
            kind: .weighted, unassigned: 1, lateness: 0, overtime: 0,
            travelTime: Double(first?.perHour ?? 3600) / 60, distance: Double(first?.perKm ?? 0) / 1000,
            technicianCost: 1, preference: 0)
        let allSkills = Set((jobs.flatMap(\.skills) + vehicles.flatMap(\.skills)).map { "s\($0)" }).sorted()
        let scenario = Scenario(
            name: "vroom", skills: allSkills.isEmpty ? nil : allSkills,
            travel: TravelSettings(
                kind: .matrix,
                matrix: TravelMatrix(
                    durations: durations.map { $0.map { Double($0) / 60 } },
                    distances: distances?.map { $0.map(Double.init) })),
            objective: objective, technicians: technicians, visits: visits)
        return VROOMProblem(
            scenario: scenario,
            jobs: Dictionary(uniqueKeysWithValues: jobs.map { (VROOMProblem.visitID($0.job.id), $0.job) }),
            vehicles: Dictionary(uniqueKeysWithValues: vehicles.map { (VROOMProblem.technicianID($0.vehicle.id), $0.vehicle) }),
            durations: durations, distances: distances)
    }

    private static func skillLevels(_ skills: [Int]) -> [String: Int] {
        Dictionary(skills.map { ("s\($0)", 1) }, uniquingKeysWith: { a, _ in a })
    }
}
