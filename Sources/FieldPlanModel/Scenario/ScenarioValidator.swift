/// Checks a decoded scenario's meaning and reports every issue, located by JSON path.
///
/// The checks never stop at the first problem: every issue is collected, in input order, each
/// with a path such as `visits[12].timeWindows[0]`, a stable ``IssueCode`` and a sentence a
/// dispatcher understands.
public enum ScenarioValidator {
    /// Every issue in the scenario, in input order; empty when it can be planned.
    public static func issues(in scenario: Scenario) -> [ScenarioIssue] {
        var context = Context(scenario: scenario)
        context.checkHeader()
        context.checkTravel()
        context.checkObjective()
        context.checkTechnicians()
        context.checkVisits()
        context.checkFollowUpCycles()
        return context.issues
    }
}

extension ScenarioValidator {
    /// The state of one validation run: the scenario, lookups and the issues found so far.
    struct Context {
        let scenario: Scenario
        /// Resolves clock times; falls back to nominal minutes when the date or zone is invalid.
        let time: TimeResolver?
        /// The index of the first technician with each id.
        let technicianIndex: [String: Int]
        /// The index of the first visit with each id.
        let visitIndex: [String: Int]
        /// Every skill some technician has.
        let technicianSkills: Set<String>
        /// The issues found so far.
        var issues: [ScenarioIssue] = []

        init(scenario: Scenario) {
            self.scenario = scenario
            let validDate = scenario.date.flatMap { TimeResolver(date: $0, timeZone: nil) == nil ? nil : $0 }
            let validZone = scenario.timeZone.flatMap {
                TimeResolver(date: nil, timeZone: $0) == nil ? nil : $0
            }
            self.time = TimeResolver(date: validDate, timeZone: validZone)
            var technicianIndex: [String: Int] = [:]
            for (index, technician) in scenario.technicians.enumerated() where technicianIndex[technician.id] == nil {
                technicianIndex[technician.id] = index
            }
            self.technicianIndex = technicianIndex
            var visitIndex: [String: Int] = [:]
            for (index, visit) in scenario.visits.enumerated() where visitIndex[visit.id] == nil {
                visitIndex[visit.id] = index
            }
            self.visitIndex = visitIndex
            self.technicianSkills = Set(scenario.technicians.flatMap(\.skills.keys))
        }

        /// Records an issue.
        mutating func report(_ code: IssueCode, at location: String, _ message: String) {
            issues.append(ScenarioIssue(code, at: location, message))
        }

        /// Minutes since the origin of a time point, for comparisons.
        func minutes(_ point: TimePoint) -> Double {
            time?.minutes(point) ?? point.nominalMinutes
        }

        /// Checks the date, the time zone, the skill list and that there is a technician.
        mutating func checkHeader() {
            if let date = scenario.date, TimeResolver(date: date, timeZone: nil) == nil {
                report(.invalidValue, at: "date", "date \"\(date)\" is not a valid calendar date (expected YYYY-MM-DD)")
            }
            if let zone = scenario.timeZone, TimeResolver(date: nil, timeZone: zone) == nil {
                report(.invalidValue, at: "timeZone",
                       "time zone \"\(zone)\" is unknown (expected an IANA name such as Europe/Berlin)")
            }
            var seen: [String: Int] = [:]
            for (index, skill) in (scenario.skills ?? []).enumerated() {
                let path = "skills[\(index)]"
                if skill.isEmpty {
                    report(.invalidValue, at: path, "a skill name is empty")
                } else if let first = seen[skill] {
                    report(.duplicateId, at: path, "skill \"\(skill)\" is listed twice (also skills[\(first)])")
                } else {
                    seen[skill] = index
                }
            }
            if scenario.technicians.isEmpty {
                report(.invalidValue, at: "technicians", "the scenario has no technicians; at least one is needed")
            }
        }

        /// Checks a number that must be finite and at least zero.
        mutating func checkNonNegative(
            _ value: Double, at path: String, owner: String, what: String, code: IssueCode = .invalidValue
        ) {
            if !value.isFinite {
                report(.invalidValue, at: path, "\(owner)\(what) is not a finite number")
            } else if value < 0 {
                report(code, at: path, "\(owner)\(what) is negative (\(Self.text(value)))")
            }
        }

        /// Checks a number that must be finite and greater than zero.
        mutating func checkPositive(_ value: Double, at path: String, owner: String, what: String) {
            if !value.isFinite || value <= 0 {
                report(.invalidValue, at: path,
                       "\(owner)\(what) must be a number greater than 0 (found \(Self.text(value)))")
            }
        }

        /// Checks a time point's minutes are finite.
        mutating func checkTime(_ point: TimePoint, at path: String, owner: String, what: String) {
            if case .minutes(let value) = point, !value.isFinite {
                report(.invalidValue, at: path, "\(owner)\(what) is not a finite number of minutes")
            }
        }

        /// Checks that a window's end does not come before its start.
        mutating func checkWindow(
            start: TimePoint, end: TimePoint, at path: String, owner: String, what: String,
            startKey: String = "start", endKey: String = "end"
        ) {
            checkTime(start, at: "\(path).\(startKey)", owner: owner, what: "\(what) \(startKey)")
            checkTime(end, at: "\(path).\(endKey)", owner: owner, what: "\(what) \(endKey)")
            let from = minutes(start), to = minutes(end)
            if from.isFinite, to.isFinite, to < from {
                report(.windowEndsBeforeStart, at: path,
                       "\(owner)\(what) ends (\(Self.text(end))) before it starts (\(Self.text(start)))")
            }
        }

        /// A number as a dispatcher would write it: `420`, `12.5`.
        static func text(_ value: Double) -> String {
            if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
                return String(Int(value))
            }
            return String(value)
        }

        /// A time point as the scenario wrote it: `07:00` or a number of minutes.
        static func text(_ point: TimePoint) -> String {
            switch point {
            case .minutes(let value):
                return text(value)
            case .clock(let hour, let minute, let second):
                func two(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
                return second == 0 ? "\(two(hour)):\(two(minute))" : "\(two(hour)):\(two(minute)):\(two(second))"
            }
        }
    }
}
