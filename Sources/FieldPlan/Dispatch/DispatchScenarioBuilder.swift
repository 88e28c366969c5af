import FieldPlanModel
import Foundation

/// Turns a team file, a visits file and a planning configuration into a validated ``Scenario``.
///
/// Row issues (bad values) and scenario issues (duplicate ids, unknown references, skills no one
/// has when the configuration lists skills) are all reported at once, located in the CSV files as
/// `FILE: line N, column M: message`. With `skipBadRows`, rows with issues are left out instead and
/// listed in ``DispatchScenario/skipped``.
public struct DispatchScenarioBuilder: Sendable {
    /// The plan date, `YYYY-MM-DD`.
    public var date: String
    /// The configuration.
    public var config: PlanningConfig
    /// The travel matrix, when the configuration uses one.
    public var matrix: TravelMatrixFile?
    /// Leave bad rows out rather than fail.
    public var skipBadRows: Bool

    /// Creates a builder.
    public init(date: String, config: PlanningConfig, matrix: TravelMatrixFile? = nil, skipBadRows: Bool = false) {
        self.date = date
        self.config = config
        self.matrix = matrix
        self.skipBadRows = skipBadRows
    }

    /// Builds the scenario from the two files' bytes.
    /// - Throws: ``DispatchInputError`` with every issue, located.
    public func build(team: Data, teamFile: String, visits: Data, visitsFile: String) throws(DispatchInputError) -> DispatchScenario {
        guard let time = TimeResolver(date: date, timeZone: config.timeZone), time.origin != nil else {
            throw DispatchInputError([ScenarioError(issues: [ScenarioIssue(
                .invalidValue, at: "--date", "\"\(date)\" is not a date YYYY-MM-DD in \(config.timeZone)")])])
        }
        let teamImport = TeamRow.read(data: team, file: teamFile, time: time)
        let visitImport = VisitRow.read(data: visits, file: visitsFile, time: time)
        if teamImport.headerIsBad || visitImport.headerIsBad {
            var errors: [ScenarioError] = []
            if teamImport.headerIsBad { errors.append(teamImport.error) }
            if visitImport.headerIsBad { errors.append(visitImport.error) }
            throw DispatchInputError(errors)
        }
        var teamIssues: [Int: [ScenarioIssue]] = [:], visitIssues: [Int: [ScenarioIssue]] = [:]
        for issue in teamImport.issues { teamIssues[Self.line(of: issue), default: []].append(issue) }
        for issue in visitImport.issues { visitIssues[Self.line(of: issue), default: []].append(issue) }

        var technicians: [(TeamRow, Technician)] = []
        for row in teamImport.rows {
            var technician = row.technician
            if let name = row.profile {
                if let profile = config.travel.profiles[name] {
                    technician.speedFactor *= profile.speedFactor
                    if !row.hasCostPerKm, let cost = profile.costPerKm { technician.costPerKm = cost }
                } else {
                    let known = config.travel.profiles.keys.sorted().joined(separator: ", ")
                    teamIssues[row.line, default: []].append(ScenarioIssue(
                        .invalidValue, at: row.profileLocation,
                        "unknown travel profile \"\(name)\" (the configuration has: \(known.isEmpty ? "none" : known))"))
                    continue
                }
            }
            technicians.append((row, technician))
        }
        var visitList: [(VisitRow, Visit)] = []
        for row in visitImport.rows {
            var visit = row.visit
            if let name = row.contract {
                guard let tier = config.contracts[name] else {
                    let known = config.contracts.keys.sorted().joined(separator: ", ")
                    visitIssues[row.line, default: []].append(ScenarioIssue(
                        .invalidValue, at: row.contractLocation,
                        "unknown contract \"\(name)\" (the configuration has: \(known.isEmpty ? "none" : known))"))
                    continue
                }
                if let requested = row.requested, let origin = time.origin {
                    let deadline = tier.deadline(requested: requested, businessHours: config.businessHours)
                    let minutes = (deadline.timeIntervalSince(origin) / 60).rounded()
                    visit.sla = ServiceLevel(deadline: .minutes(minutes), hard: tier.hard, penaltyPerMinute: tier.penaltyPerMinute)
                }
                if !row.hasPriority, let priority = tier.priority { visit.priority = priority }
                if !row.hasMandatory, let mandatory = tier.mandatory { visit.mandatory = mandatory }
            }
            visitList.append((row, visit))
        }

        if !skipBadRows, !teamIssues.isEmpty || !visitIssues.isEmpty {
            throw error(teamIssues, teamFile, visitIssues, visitsFile)
        }
        var skipped = teamIssues.map { SkippedRow(file: teamFile, line: $0.key, issues: $0.value) }
            + visitIssues.map { SkippedRow(file: visitsFile, line: $0.key, issues: $0.value) }
        for _ in 0..<8 {
            let scenario = assemble(technicians.map(\.1), visitList.map(\.1))
            var rowIssues = (team: [Int: [ScenarioIssue]](), visits: [Int: [ScenarioIssue]]())
            var general: [ScenarioIssue] = []
            for issue in ScenarioValidator.issues(in: scenario) {
                if let (index, field) = Self.entry(issue.location, prefix: "technicians"), index < technicians.count {
                    let row = technicians[index].0
                    rowIssues.team[row.line, default: []].append(Self.relocate(issue, row.locations, field, row.line))
                } else if let (index, field) = Self.entry(issue.location, prefix: "visits"), index < visitList.count {
                    let row = visitList[index].0
                    rowIssues.visits[row.line, default: []].append(Self.relocate(issue, row.locations, field, row.line))
                } else {
                    general.append(issue)
                }
            }
            if !general.isEmpty { throw DispatchInputError([ScenarioError(file: "configuration", issues: general)]) }
            if rowIssues.team.isEmpty && rowIssues.visits.isEmpty {
                if scenario.technicians.isEmpty {
                    throw DispatchInputError([ScenarioError(file: teamFile, issues: [ScenarioIssue(
                        .missingField, at: "line 2, column 1", "the team file has no usable technician")])])
                }
                return DispatchScenario(scenario: scenario, skipped: skipped.sorted { ($0.file, $0.line) < ($1.file, $1.line) })
            }
            if !skipBadRows { throw error(rowIssues.team, teamFile, rowIssues.visits, visitsFile) }
            skipped += rowIssues.team.map { SkippedRow(file: teamFile, line: $0.key, issues: $0.value) }
            skipped += rowIssues.visits.map { SkippedRow(file: visitsFile, line: $0.key, issues: $0.value) }
            technicians.removeAll { rowIssues.team[$0.0.line] != nil }
            visitList.removeAll { rowIssues.visits[$0.0.line] != nil }
        }
        throw DispatchInputError([ScenarioError(file: visitsFile, issues: [ScenarioIssue(
            .contradiction, at: "", "skipping bad rows did not converge; fix the files")])])
    }

    /// The scenario of the rows, with the configuration's zone, travel and objective.
    private func assemble(_ technicians: [Technician], _ visits: [Visit]) -> Scenario {
        var technicians = technicians, visits = visits
        var travel = TravelSettings(kind: .geographic, detourFactor: config.travel.detourFactor, speedKmh: config.travel.speedKmh)
        if let matrix {
            travel = TravelSettings(kind: .matrix, matrix: matrix.matrix)
            let index = Dictionary(matrix.ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            for i in technicians.indices {
                technicians[i].start = .matrixIndex(index[technicians[i].id] ?? -1)
                technicians[i].end = nil
            }
            for i in visits.indices { visits[i].location = .matrixIndex(index[visits[i].id] ?? -1) }
        }
        let skills = config.skills ?? Array(Set(technicians.flatMap(\.skills.keys) + visits.flatMap(\.skills.keys))).sorted()
        return Scenario(
            name: config.name ?? "Dispatch \(date)", date: date, timeZone: config.timeZone, skills: skills,
            travel: travel, objective: config.objective, technicians: technicians, visits: visits)
    }

    /// Both files' issues as one error, each file's issues in line order.
    private func error(
        _ team: [Int: [ScenarioIssue]], _ teamFile: String, _ visits: [Int: [ScenarioIssue]], _ visitsFile: String
    ) -> DispatchInputError {
        var errors: [ScenarioError] = []
        if !team.isEmpty { errors.append(ScenarioError(file: teamFile, issues: team.keys.sorted().flatMap { team[$0]! })) }
        if !visits.isEmpty { errors.append(ScenarioError(file: visitsFile, issues: visits.keys.sorted().flatMap { visits[$0]! })) }
        return DispatchInputError(errors)
    }

    /// The line of a `line N, column M` location.
    static func line(of issue: ScenarioIssue) -> Int {
        let digits = issue.location.dropFirst("line ".count).prefix { $0.isNumber }
        return Int(digits) ?? 0
    }

    /// `(index, field)` of a path such as `visits[3].pinnedTechnician`.
    static func entry(_ path: String, prefix: String) -> (Int, String)? {
        guard path.hasPrefix(prefix + "["), let close = path.firstIndex(of: "]") else { return nil }
        guard let index = Int(path[path.index(path.startIndex, offsetBy: prefix.count + 1)..<close]) else { return nil }
        let rest = path[path.index(after: close)...]
        let field = rest.hasPrefix(".") ? String(rest.dropFirst().prefix { $0.isLetter }) : ""
        return (index, field)
    }

    /// The issue located at the CSV field of a scenario field (`pinnedTechnician` → `pinned_technician`).
    static func relocate(_ issue: ScenarioIssue, _ locations: [String: String], _ field: String, _ line: Int) -> ScenarioIssue {
        let snake = field.reduce(into: "") { out, c in out += c.isUppercase ? "_" + c.lowercased() : String(c) }
        let column = switch field {
        case "location", "start": "latitude"
        case "end": "end_latitude"
        case "timeWindows": "windows"
        case "sla": "sla_deadline"
        case "followUp": "follow_up_after"
        case "shift": "shift_start"
        default: snake
        }
        let at = locations[column] ?? locations["id"] ?? "line \(line), column 1"
        return ScenarioIssue(issue.code, at: at, issue.message)
    }
}

extension DispatchScenarioBuilder {
    /// Builds the scenario from the two files at these paths.
    /// - Throws: ``DispatchInputError`` with every issue, located (unreadable files included).
    public func build(teamFile: String, visitsFile: String) throws(DispatchInputError) -> DispatchScenario {
        var errors: [ScenarioError] = []
        func read(_ path: String) -> Data? {
            do {
                return try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
                errors.append(ScenarioError(file: path, issues: [ScenarioIssue(.unreadableFile, at: "", "the file \(reason)")]))
                return nil
            }
        }
        let team = read(teamFile), visits = read(visitsFile)
        guard let team, let visits else { throw DispatchInputError(errors) }
        return try build(team: team, teamFile: teamFile, visits: visits, visitsFile: visitsFile)
    }

    /// Reads the configuration (defaults when `path` is `nil`) and the matrix file it names.
    /// - Throws: ``DispatchInputError`` with the configuration's or the matrix's issues.
    public static func loadConfig(_ path: String?) throws(DispatchInputError) -> (PlanningConfig, TravelMatrixFile?) {
        guard let path else { return (PlanningConfig(), nil) }
        do throws(ScenarioError) {
            let config = try PlanningConfigReader.read(contentsOf: path)
            guard let file = config.travel.matrixFile else { return (config, nil) }
            let folder = (path as NSString).deletingLastPathComponent
            let matrixPath = file.hasPrefix("/") || folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file)
            return (config, try TravelMatrixFile.read(contentsOf: matrixPath))
        } catch {
            throw DispatchInputError([error])
        }
    }
}
