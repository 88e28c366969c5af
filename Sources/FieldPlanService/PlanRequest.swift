import FieldPlan
import Foundation

/// A `POST /v1/plans` body, checked: the scenario (valid and within the size limits) and the options.
struct PlanRequest {
    /// The scenario as the client sent it, re-serialised as JSON.
    var scenarioJSON: Data
    /// The decoded, validated scenario.
    var scenario: Scenario
    /// The accepted options (time limit capped).
    var options: JobOptions

    /// The options' fields and what each must be.
    static let optionFields: Set<String> = ["strategy", "timeLimit", "iterations", "seed", "bound", "boundTimeLimit"]

    /// Checks a parsed body; every problem is thrown as located problem details.
    init(_ body: [String: Any], configuration: ServiceConfiguration, registry: StrategyRegistry) throws {
        for key in body.keys.sorted() where key != "scenario" && key != "options" {
            throw ProblemDetails.badRequest(at: "/" + JSONPointer.escape(key), code: "unknown-field", "unknown field '\(key)' (expected scenario, options)")
        }
        guard let scenarioValue = body["scenario"] else {
            throw ProblemDetails.badRequest(at: "/scenario", code: "missing-field", "the scenario is missing")
        }
        guard let scenarioObject = scenarioValue as? [String: Any] else {
            throw ProblemDetails.badRequest(at: "/scenario", code: "wrong-type", "the scenario must be a JSON object")
        }
        try Self.checkSize(scenarioObject, configuration: configuration)
        scenarioJSON = JSONBody.data(scenarioObject)
        let problem: Problem
        do throws(ScenarioError) {
            scenario = try ScenarioReader.read(data: scenarioJSON, name: "scenario", format: .json)
            problem = try Problem(scenario: scenario)
        } catch {
            throw error.problem(under: "/scenario")
        }
        options = try Self.options(body["options"], configuration: configuration, registry: registry)
        if options.boundTimeLimit != nil {
            do throws(BoundError) {
                try ColumnGenerationBound.check(problem)
            } catch {
                throw ProblemDetails.badRequest(at: "/options/bound", error.description)
            }
        }
    }

    /// 413 when the scenario has more visits or technicians than the server takes.
    static func checkSize(_ scenario: [String: Any], configuration: ServiceConfiguration) throws {
        for (field, limit) in [("visits", configuration.maxVisits), ("technicians", configuration.maxTechnicians)] {
            if let list = scenario[field] as? [Any], list.count > limit {
                throw ProblemDetails(
                    .contentTooLarge, kind: .tooLarge, title: "The scenario is too large",
                    detail: "\(list.count) \(field); this server takes at most \(limit)",
                    errors: [.init(pointer: "/scenario/\(field)", code: "too-large", detail: "at most \(limit) \(field)")])
            }
        }
    }

    /// The options object, checked field by field.
    static func options(_ value: Any?, configuration: ServiceConfiguration, registry: StrategyRegistry) throws -> JobOptions {
        var options = JobOptions(timeLimit: configuration.defaultTimeLimit)
        guard let value else { return options }
        guard let object = value as? [String: Any] else {
            throw ProblemDetails.badRequest(at: "/options", code: "wrong-type", "options must be a JSON object")
        }
        for key in object.keys.sorted() where !optionFields.contains(key) {
            throw ProblemDetails.badRequest(
                at: "/options/" + JSONPointer.escape(key), code: "unknown-field",
                "unknown option '\(key)' (expected \(optionFields.sorted().joined(separator: ", ")))")
        }
        let fields: OptionFields
        do {
            fields = try JSONDecoder().decode(OptionFields.self, from: JSONBody.data(object))
        } catch let error as DecodingError {
            throw ProblemDetails.badRequest(
                at: "/options" + error.pointer, code: "wrong-type", "\(error.pointer.dropFirst()) has the wrong type")
        }
        if let name = fields.strategy {
            guard registry.strategy(named: name) != nil else {
                throw ProblemDetails.badRequest(
                    at: "/options/strategy", PlannerError.unknownStrategy(name, available: registry.names).description)
            }
            options.strategy = name
        }
        if let seconds = fields.timeLimit {
            guard seconds > 0, seconds.isFinite else {
                throw ProblemDetails.badRequest(at: "/options/timeLimit", "timeLimit must be a positive number of seconds")
            }
            options.timeLimit = min(seconds, configuration.maxTimeLimit)
        }
        if let count = fields.iterations {
            guard count >= 0 else {
                throw ProblemDetails.badRequest(at: "/options/iterations", "iterations must not be negative")
            }
            options.iterations = count
        }
        if let seed = fields.seed { options.seed = seed }
        if let seconds = fields.boundTimeLimit {
            guard fields.bound == true else {
                throw ProblemDetails.badRequest(at: "/options/boundTimeLimit", "boundTimeLimit needs \"bound\": true")
            }
            guard seconds > 0, seconds.isFinite else {
                throw ProblemDetails.badRequest(
                    at: "/options/boundTimeLimit", "boundTimeLimit must be a positive number of seconds")
            }
        }
        if fields.bound == true {
            options.boundTimeLimit = min(fields.boundTimeLimit ?? options.timeLimit, configuration.maxTimeLimit)
        }
        return options
    }

    /// The options as the client may write them.
    private struct OptionFields: Decodable {
        var strategy: String?
        var timeLimit: Double?
        var iterations: Int?
        var seed: UInt64?
        var bound: Bool?
        var boundTimeLimit: Double?
    }
}
