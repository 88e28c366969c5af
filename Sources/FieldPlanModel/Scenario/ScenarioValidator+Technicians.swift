extension ScenarioValidator.Context {
    /// Checks every technician: ids, skills, locations, shift, breaks, limits and costs.
    mutating func checkTechnicians() {
        var firstIndex: [String: Int] = [:]
        for (index, technician) in scenario.technicians.enumerated() {
            let path = "technicians[\(index)]"
            let owner = technician.id.isEmpty ? "technician \(index + 1): " : "technician \"\(technician.id)\": "
            if technician.id.isEmpty {
                report(.invalidValue, at: "\(path).id", "technician \(index + 1) has an empty id")
            } else if let first = firstIndex[technician.id] {
                report(.duplicateId, at: "\(path).id",
                       "technician id \"\(technician.id)\" is used twice (also technicians[\(first)])")
            } else {
                firstIndex[technician.id] = index
            }
            for skill in technician.skills.keys.sorted() {
                let level = technician.skills[skill] ?? 0
                let skillPath = "\(path).skills.\(skill)"
                if let known = scenario.skills, !known.contains(skill) {
                    report(.unknownSkill, at: skillPath,
                           "\(owner)skill \"\(skill)\" is not one of the scenario's skills")
                }
                if level < 0 {
                    report(.invalidValue, at: skillPath, "\(owner)level of skill \"\(skill)\" is negative (\(level))")
                }
            }
            checkLocation(technician.start, at: "\(path).start", owner: owner)
            if let end = technician.end {
                checkLocation(end, at: "\(path).end", owner: owner)
            }
            checkWindow(start: technician.shift.start, end: technician.shift.end,
                        at: "\(path).shift", owner: owner, what: "shift")
            for (breakIndex, rule) in technician.breaks.enumerated() {
                let breakPath = "\(path).breaks[\(breakIndex)]"
                checkNonNegative(rule.duration, at: "\(breakPath).duration", owner: owner,
                                 what: "break duration", code: .negativeDuration)
                checkWindow(start: rule.earliestStart, end: rule.latestStart, at: breakPath, owner: owner,
                            what: "break window", startKey: "earliestStart", endKey: "latestStart")
            }
            if let maxWorkingTime = technician.maxWorkingTime {
                checkNonNegative(maxWorkingTime, at: "\(path).maxWorkingTime", owner: owner,
                                 what: "maxWorkingTime", code: .negativeDuration)
            }
            checkNonNegative(technician.allowedOvertime, at: "\(path).allowedOvertime", owner: owner,
                             what: "allowedOvertime", code: .negativeDuration)
            let costs: [(String, Double)] = [
                ("overtimeCostPerHour", technician.overtimeCostPerHour), ("costPerHour", technician.costPerHour),
                ("costPerKm", technician.costPerKm), ("fixedCost", technician.fixedCost),
            ]
            for (key, value) in costs {
                checkNonNegative(value, at: "\(path).\(key)", owner: owner, what: key)
            }
            checkPositive(technician.workDurationFactor, at: "\(path).workDurationFactor", owner: owner,
                          what: "workDurationFactor")
            checkPositive(technician.speedFactor, at: "\(path).speedFactor", owner: owner, what: "speedFactor")
            if let maxVisits = technician.maxVisits, maxVisits < 0 {
                report(.invalidValue, at: "\(path).maxVisits", "\(owner)maxVisits is negative (\(maxVisits))")
            }
            if let capacity = technician.capacity {
                checkNonNegative(capacity, at: "\(path).capacity", owner: owner, what: "capacity")
            }
        }
    }
}
