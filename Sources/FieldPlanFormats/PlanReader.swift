import FieldPlanModel
import Foundation

/// Reads plans written in the plan JSON contract (see ``PlanWriter``).
///
/// Times may be minutes or ISO 8601 date-times with offset (the latter only for a dated
/// scenario). Syntax errors are located by line and column, structural errors by JSON path.
public enum PlanReader {
    /// Reads a plan file.
    /// - Throws: ``ScenarioError`` whose `file` is `path`, with the issues found.
    public static func read(contentsOf path: String, scenario: Scenario) throws(ScenarioError) -> Plan {
        return try read(data: InputFile.data(at: path), name: path, scenario: scenario)
    }

    /// Reads a plan from bytes.
    /// - Throws: ``ScenarioError`` whose `file` is `name`, with every issue found.
    public static func read(data: Data, name: String, scenario: Scenario) throws(ScenarioError) -> Plan {
        do throws(ScenarioError) {
            return try decode(data, scenario: scenario)
        } catch {
            var located = error
            located.file = name
            throw located
        }
    }

    /// Reads a plan file that embeds its scenario (`scenario`) or names it (`scenarioFile`, relative
    /// to the plan file's folder), as `PlanWriter` writes it with a ``PlanScenarioReference``.
    /// - Throws: ``ScenarioError`` located in the plan file (or the named scenario file), or saying
    ///   that the plan carries no scenario.
    public static func readWithScenario(contentsOf path: String) throws(ScenarioError) -> (plan: Plan, scenario: Scenario) {
        let data = try InputFile.data(at: path)
        let document: PlanDocument
        do throws(ScenarioError) {
            document = try decodeDocument(data)
        } catch {
            var located = error
            located.file = path
            throw located
        }
        let scenario: Scenario
        if let embedded = document.scenario {
            scenario = embedded
        } else if let name = document.scenarioFile {
            let folder = (path as NSString).deletingLastPathComponent
            let scenarioPath = name.hasPrefix("/") || folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
            scenario = try ScenarioReader.read(contentsOf: scenarioPath)
        } else {
            var error = ScenarioError(issues: [ScenarioIssue(
                .missingField, at: "scenario",
                "the plan carries no scenario; write it with the scenario embedded, or give the scenario file")])
            error.file = path
            throw error
        }
        do throws(ScenarioError) {
            return (try convert(document, scenario: scenario), scenario)
        } catch {
            var located = error
            located.file = path
            throw located
        }
    }

    private static func decode(_ data: Data, scenario: Scenario) throws(ScenarioError) -> Plan {
        try convert(try decodeDocument(data), scenario: scenario)
    }

    private static func convert(_ document: PlanDocument, scenario: Scenario) throws(ScenarioError) -> Plan {
        var converter = Converter(resolver: TimeResolver(date: scenario.date, timeZone: scenario.timeZone))
        let plan = converter.plan(document)
        if !converter.issues.isEmpty { throw ScenarioError(issues: converter.issues) }
        return plan
    }

    private static func decodeDocument(_ data: Data) throws(ScenarioError) -> PlanDocument {
        do throws(JSONParser.Failure) {
            _ = try JSONParser.parse(data)
        } catch {
            throw ScenarioError(issues: [error.issue])
        }
        let document: PlanDocument
        do {
            let decoder = JSONDecoder()
            let names = PlanDocument.nonFinite
            decoder.nonConformingFloatDecodingStrategy = .convertFromString(
                positiveInfinity: names.positiveInfinity, negativeInfinity: names.negativeInfinity, nan: names.nan)
            document = try decoder.decode(PlanDocument.self, from: data)
        } catch let error as DecodingError {
            throw ScenarioError(issues: [error.scenarioIssue])
        } catch {
            throw ScenarioError(issues: [ScenarioIssue(.invalidValue, at: ScenarioIssue.topLevel, String(describing: error))])
        }
        return document
    }

    /// Turns a decoded document into a plan, collecting issues for values it cannot convert.
    private struct Converter {
        let resolver: TimeResolver?
        var issues: [ScenarioIssue] = []

        mutating func time(_ value: PlanDocument.Time, at path: String) -> Double {
            switch value {
            case .minutes(let minutes):
                return minutes
            case .text(let text):
                guard let resolver, resolver.origin != nil else {
                    issues.append(ScenarioIssue(.invalidValue, at: path,
                                                "\"\(text)\" is a date-time, but the scenario has no date; use minutes"))
                    return 0
                }
                guard let minutes = resolver.minutes(isoText: text) else {
                    issues.append(ScenarioIssue(.invalidValue, at: path,
                                                "\"\(text)\" is not an ISO 8601 date-time with offset "
                                                + "(e.g. 2026-11-30T08:00:00+01:00)"))
                    return 0
                }
                return minutes
            }
        }

        mutating func choice<T: RawRepresentable & CaseIterable>(
            _ text: String, as type: T.Type, at path: String
        ) -> T? where T.RawValue == String {
            if let value = T(rawValue: text) { return value }
            let accepted = T.allCases.map(\.rawValue).joined(separator: ", ")
            issues.append(ScenarioIssue(.invalidValue, at: path, "\"\(text)\" is not one of \(accepted)"))
            return nil
        }

        mutating func plan(_ document: PlanDocument) -> Plan {
            var routes: [Route] = []
            for (r, entry) in document.routes.enumerated() {
                let path = "routes[\(r)]"
                var stops: [Stop] = []
                for (s, stop) in entry.stops.enumerated() {
                    let stopPath = "\(path).stops[\(s)]"
                    let arrival = time(stop.arrival, at: "\(stopPath).arrival")
                    let start = time(stop.start, at: "\(stopPath).start")
                    let end = time(stop.end, at: "\(stopPath).end")
                    switch stop.type {
                    case Stop.Kind.visit.rawValue:
                        if let visit = stop.visit {
                            stops.append(.visit(visit, arrival: arrival, start: start, end: end))
                        } else {
                            issues.append(ScenarioIssue(.missingField, at: "\(stopPath).visit",
                                                        "a visit stop needs the visit's id"))
                        }
                    case Stop.Kind.break.rawValue:
                        stops.append(.breakStop(arrival: arrival, start: start, end: end))
                    default:
                        issues.append(ScenarioIssue(.invalidValue, at: "\(stopPath).type",
                                                    "\"\(stop.type)\" is not a stop type (visit or break)"))
                    }
                }
                routes.append(Route(
                    technician: entry.technician, start: time(entry.start, at: "\(path).start"),
                    end: time(entry.end, at: "\(path).end"), stops: stops,
                    summary: entry.summary.map {
                        RouteSummary(
                            visits: $0.visits, distance: $0.distance, travelTime: $0.travelTime, waiting: $0.waiting,
                            lateness: $0.lateness, overtime: $0.overtime, cost: $0.cost)
                    }))
            }
            var unassigned: [LeftOutVisit] = []
            for (u, entry) in document.unassigned.enumerated() {
                var reasons: [LeftOutReason] = []
                for (k, reason) in entry.reasons.enumerated() {
                    let path = "unassigned[\(u)].reasons[\(k)].code"
                    if let code = choice(reason.code, as: LeftOutReason.Code.self, at: path) {
                        reasons.append(LeftOutReason(code, reason.message))
                    }
                }
                let options = (entry.options ?? []).enumerated().map { k, option in
                    InsertionOption(
                        technician: option.technician, obstacle: option.obstacle, after: option.after,
                        start: option.start.map { time($0, at: "unassigned[\(u)].options[\(k)].start") },
                        extraCost: option.extraCost, extraTravelMinutes: option.extraTravelMinutes,
                        extraDistance: option.extraDistance, extraOvertime: option.extraOvertime)
                }
                unassigned.append(LeftOutVisit(
                    visit: entry.visit, reasons: reasons, penalty: entry.penalty, options: options))
            }
            let lateVisits = (document.lateVisits ?? []).enumerated().map { k, entry in
                let path = "lateVisits[\(k)]"
                return LateVisit(
                    visit: entry.visit, technician: entry.technician,
                    deadline: time(entry.deadline, at: "\(path).deadline"), start: time(entry.start, at: "\(path).start"),
                    minutesLate: entry.minutesLate, earliestStart: time(entry.earliestStart, at: "\(path).earliestStart"),
                    reason: entry.reason)
            }
            let s = document.summary
            let status: PlanSummary.Status
            switch s.status {
            case PlanSummary.Status.optimal.rawValue: status = .optimal
            case PlanSummary.Status.feasible.rawValue: status = .feasible
            default:
                issues.append(ScenarioIssue(.invalidValue, at: "summary.status",
                                            "\"\(s.status)\" is not a status (optimal or feasible)"))
                status = .feasible
            }
            let convention = choice(s.distanceConvention, as: DistanceConvention.self,
                                    at: "summary.distanceConvention") ?? .exact
            let summary = PlanSummary(
                distance: s.distance, travelTime: s.travelTime, routes: s.routes, assigned: s.assigned,
                unassigned: s.unassigned, lateness: s.lateness, overtime: s.overtime, cost: s.cost,
                status: status, bound: s.bound, gap: s.gap, strategy: s.strategy, seed: s.seed,
                elapsedSeconds: s.elapsedSeconds, distanceConvention: convention)
            return Plan(routes: routes, unassigned: unassigned, summary: summary, lateVisits: lateVisits)
        }
    }
}
