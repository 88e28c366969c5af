import FieldPlanModel

/// The structure of the native scenario format, checked on a parsed tree before decoding.
///
/// Reports every unknown field (with a suggestion for typos), missing required field, value of
/// the wrong type and malformed clock time, each located by JSON path. The field lists mirror the
/// `CodingKeys` of the model types and `docs/scenario.schema.json`.
enum ScenarioSchema {
    /// The kinds of object in a scenario.
    enum ObjectKind: String, Sendable {
        case scenario, technician, visit, location, shift, breakRule, timeWindow, serviceLevel
        case followUp, travel, matrix, objective

        /// How a message names an object of this kind.
        var noun: String {
            switch self {
            case .scenario: "the scenario"
            case .technician: "a technician"
            case .visit: "a visit"
            case .location: "a location"
            case .shift: "a shift"
            case .breakRule: "a break"
            case .timeWindow: "a time window"
            case .serviceLevel: "an SLA"
            case .followUp: "a follow-up"
            case .travel: "the travel settings"
            case .matrix: "the travel matrix"
            case .objective: "the objective"
            }
        }
    }

    /// The type of a field's value.
    indirect enum FieldType: Sendable {
        case string, number, integer, bool, time
        case object(ObjectKind)
        case array(FieldType)
        case levels
        case choice([String])

        /// How a message names the expected value.
        var expectation: String {
            switch self {
            case .string: "text"
            case .number: "a number"
            case .integer: "a whole number"
            case .bool: "true or false"
            case .time: "a time (minutes, or \"HH:MM\" / \"HH:MM:SS\")"
            case .object(let kind): "an object (\(kind.noun))"
            case .array: "a list"
            case .levels: "an object of skill levels"
            case .choice(let options): "one of " + options.joined(separator: ", ")
            }
        }
    }

    /// A field of an object.
    struct Field: Sendable {
        /// The value's type.
        var type: FieldType
        /// Whether the field must be present.
        var required = false
    }

    /// The fields of each kind of object.
    static func fields(of kind: ObjectKind) -> [String: Field] {
        let number = Field(type: .number)
        switch kind {
        case .scenario:
            return [
                "name": Field(type: .string), "date": Field(type: .string), "timeZone": Field(type: .string),
                "skills": Field(type: .array(.string)), "travel": Field(type: .object(.travel)),
                "objective": Field(type: .object(.objective)),
                "technicians": Field(type: .array(.object(.technician)), required: true),
                "visits": Field(type: .array(.object(.visit)), required: true),
            ]
        case .technician:
            return [
                "id": Field(type: .string, required: true), "name": Field(type: .string),
                "skills": Field(type: .levels), "start": Field(type: .object(.location), required: true),
                "end": Field(type: .object(.location)), "openEnd": Field(type: .bool),
                "shift": Field(type: .object(.shift), required: true),
                "breaks": Field(type: .array(.object(.breakRule))), "maxWorkingTime": number,
                "allowedOvertime": number, "overtimeCostPerHour": number, "costPerHour": number,
                "costPerKm": number, "fixedCost": number, "workDurationFactor": number,
                "speedFactor": number, "maxVisits": Field(type: .integer), "capacity": number,
            ]
        case .visit:
            return [
                "id": Field(type: .string, required: true), "customer": Field(type: .string),
                "address": Field(type: .string), "location": Field(type: .object(.location), required: true),
                "duration": Field(type: .number, required: true), "skills": Field(type: .levels),
                "timeWindows": Field(type: .array(.object(.timeWindow))),
                "sla": Field(type: .object(.serviceLevel)), "priority": Field(type: .integer),
                "mandatory": Field(type: .bool), "penalty": number,
                "preferredTechnicians": Field(type: .array(.string)), "preferenceBonus": number,
                "excludedTechnicians": Field(type: .array(.string)), "pinnedTechnician": Field(type: .string),
                "pinnedStart": Field(type: .time), "followUp": Field(type: .object(.followUp)), "demand": number,
            ]
        case .location:
            return ["x": number, "y": number, "lat": number, "lon": number, "index": Field(type: .integer)]
        case .shift, .timeWindow:
            return ["start": Field(type: .time, required: true), "end": Field(type: .time, required: true)]
        case .breakRule:
            return [
                "duration": Field(type: .number, required: true),
                "earliestStart": Field(type: .time, required: true),
                "latestStart": Field(type: .time, required: true),
            ]
        case .serviceLevel:
            return ["deadline": Field(type: .time, required: true), "hard": Field(type: .bool), "penaltyPerMinute": number]
        case .followUp:
            return ["after": Field(type: .string, required: true), "minGap": number, "sameTechnician": Field(type: .bool)]
        case .travel:
            return [
                "kind": Field(type: .choice(["euclidean", "geographic", "matrix"])), "detourFactor": number,
                "speedKmh": number, "minutesPerUnit": number, "matrix": Field(type: .object(.matrix)),
            ]
        case .matrix:
            return [
                "durations": Field(type: .array(.array(.number)), required: true),
                "distances": Field(type: .array(.array(.number))),
            ]
        case .objective:
            var fields: [String: Field] = [
                "kind": Field(type: .choice(["weighted", "distance", "vehicles-then-distance"])),
            ]
            for key in ["unassigned", "lateness", "overtime", "travelTime", "distance", "technicianCost",
                        "preference", "visitPenalty", "mandatoryPenalty", "preferenceBonus", "routeCost"] {
                fields[key] = number
            }
            return fields
        }
    }

    /// Every structural issue of a scenario document, in document order.
    static func issues(in root: JSONValue) -> [ScenarioIssue] {
        var walker = Walker()
        walker.check(root, as: .object(.scenario), at: "", owner: "")
        return walker.issues
    }

    /// Walks a tree against the schema, collecting issues.
    private struct Walker {
        var issues: [ScenarioIssue] = []

        mutating func report(_ code: IssueCode, at path: String, _ message: String) {
            issues.append(ScenarioIssue(code, at: path.isEmpty ? ScenarioIssue.topLevel : path, message))
        }

        static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

        mutating func check(_ value: JSONValue, as type: FieldType, at path: String, owner: String) {
            let name = path.split(separator: ".").last.map(String.init) ?? "the document"
            func mismatch() {
                report(.wrongType, at: path,
                       "\(owner)\(path.isEmpty ? "the document" : "\"\(name)\"") must be \(type.expectation), "
                       + "found \(value.kindDescription)")
            }
            switch (type, value) {
            case (.string, .string), (.bool, .bool):
                break
            case (.number, .number(let number, _)):
                if !number.isFinite { report(.invalidValue, at: path, "\(owner)\"\(name)\" must be a finite number") }
            case (.integer, .number(let number, let text)):
                if number != number.rounded() || abs(number) > 1e15 {
                    report(.wrongType, at: path, "\(owner)\"\(name)\" must be a whole number, found \(text)")
                }
            case (.time, .number(let number, _)):
                if !number.isFinite { report(.invalidValue, at: path, "\(owner)\"\(name)\" must be a finite number") }
            case (.time, .string(let text)):
                if TimePoint(clockText: text) == nil {
                    report(.invalidValue, at: path,
                           "\(owner)\"\(text)\" is not a clock time (expected HH:MM or HH:MM:SS)")
                }
            case (.choice(let options), .string(let text)):
                if !options.contains(text) {
                    report(.invalidValue, at: path,
                           "\(owner)\"\(text)\" is not a valid \(name); expected \(type.expectation)")
                }
            case (.array(let element), .array(let items)):
                for (index, item) in items.enumerated() {
                    check(item, as: element, at: "\(path)[\(index)]", owner: owner)
                }
            case (.levels, .object(let members)):
                checkDuplicates(members, at: path, owner: owner)
                for member in members {
                    check(member.value, as: .integer, at: Self.join(path, member.key), owner: owner)
                }
            case (.object(let kind), .object(let members)):
                checkObject(members, kind: kind, at: path, owner: owner)
            default:
                mismatch()
            }
        }

        mutating func checkDuplicates(_ members: [JSONValue.Member], at path: String, owner: String) {
            var seen: Set<String> = []
            for member in members where !seen.insert(member.key).inserted {
                report(.invalidValue, at: Self.join(path, member.key), "\(owner)\"\(member.key)\" is given twice")
            }
        }

        mutating func checkObject(
            _ members: [JSONValue.Member], kind: ObjectKind, at path: String, owner outer: String
        ) {
            var owner = outer
            if kind == .technician || kind == .visit {
                let noun = kind == .technician ? "technician" : "visit"
                let id = members.first { $0.key == "id" }?.value.stringValue
                owner = id.map { "\(noun) \"\($0)\": " } ?? "\(noun) at \(path): "
            }
            let fields = ScenarioSchema.fields(of: kind)
            checkDuplicates(members, at: path, owner: owner)
            let present = Set(members.map(\.key))
            for member in members {
                let memberPath = Self.join(path, member.key)
                guard let field = fields[member.key] else {
                    var message = "\(owner)unknown field \"\(member.key)\" in \(kind.noun)"
                    if let suggestion = ScenarioSchema.suggestion(for: member.key, among: fields.keys) {
                        message += " (did you mean \"\(suggestion)\"?)"
                    }
                    report(.unknownField, at: memberPath, message)
                    continue
                }
                if case .null = member.value {
                    if field.required {
                        report(.missingField, at: memberPath, "\(owner)\"\(member.key)\" is required but is null")
                    }
                    continue
                }
                check(member.value, as: field.type, at: memberPath, owner: owner)
            }
            for key in fields.keys.sorted() where fields[key]?.required == true && !present.contains(key) {
                report(.missingField, at: Self.join(path, key),
                       "\(owner)missing required field \"\(key)\" in \(kind.noun)")
            }
            if kind == .location { checkLocationShape(present, at: path, owner: owner) }
        }

        mutating func checkLocationShape(_ present: Set<String>, at path: String, owner: String) {
            let planar = present.contains("x") || present.contains("y")
            let geographic = present.contains("lat") || present.contains("lon")
            let indexed = present.contains("index")
            if [planar, geographic, indexed].filter({ $0 }).count > 1 {
                report(.invalidValue, at: path,
                       "\(owner)a location must give either \"x\" and \"y\", \"lat\" and \"lon\", or \"index\", not a mix")
            } else if planar || geographic {
                let pair = planar ? ["x", "y"] : ["lat", "lon"]
                for key in pair where !present.contains(key) {
                    report(.missingField, at: Self.join(path, key),
                           "\(owner)a location with \"\(pair[0] == key ? pair[1] : pair[0])\" also needs \"\(key)\"")
                }
            } else if !indexed {
                report(.missingField, at: path,
                       "\(owner)a location needs \"x\" and \"y\", \"lat\" and \"lon\", or \"index\"")
            }
        }
    }

    /// The known key closest to a misspelt one, when it is close enough to be a typo.
    static func suggestion(for key: String, among known: some Sequence<String>) -> String? {
        let candidates = known.map { ($0, editDistance(key.lowercased(), $0.lowercased())) }
        guard let best = candidates.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else { return nil }
        return best.1 <= max(1, min(3, key.count / 3)) ? best.0 : nil
    }

    /// Edit distance between two short strings, counting a swap of neighbours as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
