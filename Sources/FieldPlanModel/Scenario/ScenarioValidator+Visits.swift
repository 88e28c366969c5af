extension ScenarioValidator.Context {
    /// Checks every visit: ids, skills, location, windows, SLA, penalties and references.
    mutating func checkVisits() {
        var firstIndex: [String: Int] = [:]
        for (index, visit) in scenario.visits.enumerated() {
            let path = "visits[\(index)]"
            let owner = visit.id.isEmpty ? "visit \(index + 1): " : "visit \"\(visit.id)\": "
            if visit.id.isEmpty {
                report(.invalidValue, at: "\(path).id", "visit \(index + 1) has an empty id")
            } else if let first = firstIndex[visit.id] {
                report(.duplicateId, at: "\(path).id",
                       "visit id \"\(visit.id)\" is used twice (also visits[\(first)])")
            } else {
                firstIndex[visit.id] = index
            }
            checkLocation(visit.location, at: "\(path).location", owner: owner)
            checkNonNegative(visit.duration, at: "\(path).duration", owner: owner, what: "duration",
                             code: .negativeDuration)
            checkVisitSkills(visit, at: path, owner: owner)
            for (windowIndex, window) in visit.timeWindows.enumerated() {
                checkWindow(start: window.start, end: window.end, at: "\(path).timeWindows[\(windowIndex)]",
                            owner: owner, what: "time window")
            }
            if let sla = visit.sla {
                checkTime(sla.deadline, at: "\(path).sla.deadline", owner: owner, what: "SLA deadline")
                checkNonNegative(sla.penaltyPerMinute, at: "\(path).sla.penaltyPerMinute", owner: owner,
                                 what: "SLA penaltyPerMinute")
            }
            if visit.priority < 0 {
                report(.invalidValue, at: "\(path).priority", "\(owner)priority is negative (\(visit.priority))")
            }
            if let penalty = visit.penalty {
                checkNonNegative(penalty, at: "\(path).penalty", owner: owner, what: "penalty")
            }
            if let bonus = visit.preferenceBonus {
                checkNonNegative(bonus, at: "\(path).preferenceBonus", owner: owner, what: "preferenceBonus")
            }
            checkNonNegative(visit.demand, at: "\(path).demand", owner: owner, what: "demand")
            if let pinnedStart = visit.pinnedStart {
                checkTime(pinnedStart, at: "\(path).pinnedStart", owner: owner, what: "pinnedStart")
            }
            checkTechnicianReferences(visit, at: path, owner: owner)
            checkFollowUp(visit, at: path, owner: owner)
        }
    }

    /// Checks a visit's required skills exist and their levels are not negative.
    mutating func checkVisitSkills(_ visit: Visit, at path: String, owner: String) {
        for skill in visit.skills.keys.sorted() {
            let level = visit.skills[skill] ?? 0
            let skillPath = "\(path).skills.\(skill)"
            if let known = scenario.skills {
                if !known.contains(skill) {
                    report(.unknownSkill, at: skillPath,
                           "\(owner)skill \"\(skill)\" is not one of the scenario's skills")
                }
            } else if !technicianSkills.contains(skill) {
                report(.unknownSkill, at: skillPath, "\(owner)no technician has skill \"\(skill)\"")
            }
            if level < 0 {
                report(.invalidValue, at: skillPath, "\(owner)level of skill \"\(skill)\" is negative (\(level))")
            }
        }
    }

    /// Checks preferred, excluded and pinned technicians exist and do not contradict each other.
    mutating func checkTechnicianReferences(_ visit: Visit, at path: String, owner: String) {
        for (index, id) in visit.preferredTechnicians.enumerated() where technicianIndex[id] == nil {
            report(.unknownTechnician, at: "\(path).preferredTechnicians[\(index)]",
                   "\(owner)preferred technician \"\(id)\" does not exist")
        }
        for (index, id) in visit.excludedTechnicians.enumerated() where technicianIndex[id] == nil {
            report(.unknownTechnician, at: "\(path).excludedTechnicians[\(index)]",
                   "\(owner)excluded technician \"\(id)\" does not exist")
        }
        guard let pinned = visit.pinnedTechnician else { return }
        if technicianIndex[pinned] == nil {
            report(.unknownTechnician, at: "\(path).pinnedTechnician",
                   "\(owner)pinned technician \"\(pinned)\" does not exist")
        }
        if visit.excludedTechnicians.contains(pinned) {
            report(.contradiction, at: "\(path).pinnedTechnician",
                   "\(owner)pinned technician \"\(pinned)\" is also excluded")
        }
    }

    /// Checks a visit's follow-up link points at another existing visit.
    mutating func checkFollowUp(_ visit: Visit, at path: String, owner: String) {
        guard let link = visit.followUp else { return }
        checkNonNegative(link.minGap, at: "\(path).followUp.minGap", owner: owner,
                         what: "follow-up minGap", code: .negativeDuration)
        if link.after == visit.id {
            report(.followUpCycle, at: "\(path).followUp.after", "\(owner)follows up on itself")
            return
        }
        guard let previous = visitIndex[link.after] else {
            report(.unknownVisit, at: "\(path).followUp.after",
                   "\(owner)follows up on visit \"\(link.after)\", which does not exist")
            return
        }
        let first = scenario.visits[previous]
        if link.sameTechnician, let pinned = visit.pinnedTechnician, let other = first.pinnedTechnician,
           pinned != other {
            report(.contradiction, at: "\(path).followUp.sameTechnician",
                   "\(owner)must have the same technician as visit \"\(first.id)\", "
                   + "but they are pinned to \"\(pinned)\" and \"\(other)\"")
        }
    }
}
