import FieldPlanModel

/// A VROOM problem read into a FieldPlan scenario, with what answering in VROOM's shape needs.
///
/// Times are VROOM's seconds outside and the scenario's minutes inside; visit ids are `job-<id>`
/// and technician ids `vehicle-<id>`.
public struct VROOMProblem: Sendable {
    /// What VROOM's output needs to know of a job.
    public struct Job: Sendable, Hashable {
        /// The VROOM id.
        public var id: Int
        /// Index into the matrices.
        public var locationIndex: Int
        /// Service time, seconds.
        public var service: Int
        /// Amount delivered (one dimension, or none).
        public var delivery: [Int]
        /// Amount picked up (one dimension, or none).
        public var pickup: [Int]
        /// Priority, 0–100.
        public var priority: Int
        /// The job's description, echoed in the output.
        public var description: String?
    }

    /// What VROOM's output needs to know of a vehicle.
    public struct Vehicle: Sendable, Hashable {
        /// The VROOM id.
        public var id: Int
        /// Index of the start location.
        public var startIndex: Int
        /// Index of the end location, when the route returns somewhere.
        public var endIndex: Int?
        /// Travel times are the matrix's divided by this.
        public var speedFactor: Double
        /// Fixed cost of using the vehicle.
        public var fixedCost: Int
        /// Cost of an hour of travel.
        public var perHour: Int
        /// Cost of a kilometre.
        public var perKm: Int
        /// The breaks, in order of earliest start.
        public var breaks: [VehicleBreak]
        /// The vehicle's description, echoed in the output.
        public var description: String?
    }

    /// A vehicle's break as VROOM names it.
    public struct VehicleBreak: Sendable, Hashable {
        /// The VROOM id.
        public var id: Int
        /// Length, seconds.
        public var service: Int
    }

    /// The scenario to plan.
    public var scenario: Scenario
    /// The jobs by visit id.
    public var jobs: [String: Job]
    /// The vehicles by technician id.
    public var vehicles: [String: Vehicle]
    /// Travel durations in seconds, before speed factors.
    public var durations: [[Int]]
    /// Distances in metres, when given.
    public var distances: [[Int]]?

    /// The visit id of a VROOM job id.
    public static func visitID(_ job: Int) -> String { "job-\(job)" }

    /// The technician id of a VROOM vehicle id.
    public static func technicianID(_ vehicle: Int) -> String { "vehicle-\(vehicle)" }
}
