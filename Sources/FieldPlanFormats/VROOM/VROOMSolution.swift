/// VROOM's output document: `code`, `summary`, `unassigned` and `routes` with their steps (keys
/// written in snake case).
struct VROOMSolution: Encodable {
    struct Summary: Encodable {
        var cost: Int
        var routes: Int
        var unassigned: Int
        var delivery: [Int]
        var amount: [Int]
        var pickup: [Int]
        var setup = 0
        var service: Int
        var duration: Int
        var waitingTime: Int
        var priority: Int
        var distance: Int?
        var violations: [String] = []
        var computingTimes: ComputingTimes
    }

    struct ComputingTimes: Encodable {
        var loading: Int
        var solving: Int
        var routing = 0
    }

    struct Unassigned: Encodable {
        var id: Int
        var type = "job"
        var locationIndex: Int
        var description: String?
    }

    struct Route: Encodable {
        var vehicle: Int
        var cost: Int
        var delivery: [Int]
        var amount: [Int]
        var pickup: [Int]
        var setup = 0
        var service: Int
        var duration: Int
        var waitingTime: Int
        var priority: Int
        var distance: Int?
        var description: String?
        var steps: [Step]
        var violations: [String] = []
    }

    struct Step: Encodable {
        var type: String
        var id: Int?
        var job: Int?
        var description: String?
        var locationIndex: Int?
        var setup = 0
        var service: Int
        var waitingTime: Int
        var load: [Int]
        var arrival: Int
        var duration: Int
        var distance: Int?
        var violations: [String] = []
    }

    var code = 0
    var summary: Summary
    var unassigned: [Unassigned]
    var routes: [Route]
}
