import Foundation

extension JobRecord {
    /// The job as the API shows it; `live` is the running solve's latest progress.
    func responseObject(live: JobProgress? = nil) -> [String: Any] {
        let dates = ISO8601DateFormatter()
        var object: [String: Any] = [
            "id": id, "status": status.rawValue, "attempts": attempts,
            "createdAt": dates.string(from: createdAt), "updatedAt": dates.string(from: updatedAt),
            "options": optionsObject,
        ]
        if let progress = live ?? progress {
            object["progress"] = [
                "bestCost": progress.bestCost, "elapsedSeconds": progress.elapsedSeconds, "iteration": progress.iteration,
            ]
        }
        if let plan { object["plan"] = JSONBody.value(plan) }
        if let error { object["error"] = error }
        return object
    }

    private var optionsObject: [String: Any] {
        var object: [String: Any] = ["strategy": options.strategy, "timeLimit": options.timeLimit, "seed": options.seed]
        if let iterations = options.iterations { object["iterations"] = iterations }
        object["bound"] = options.boundTimeLimit != nil
        if let seconds = options.boundTimeLimit { object["boundTimeLimit"] = seconds }
        return object
    }
}
