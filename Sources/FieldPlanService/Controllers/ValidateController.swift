import FieldPlan
import Foundation
import Hummingbird

/// `POST /v1/validate`: checks a plan against its scenario with the independent validator.
struct ValidateController<Context: RequestContext> {
    let configuration: ServiceConfiguration

    func addRoutes(to router: Router<Context>) {
        router.post("/v1/validate", use: validate)
    }

    /// Body `{"scenario": {…}, "plan": {…}, "distanceConvention"?: "exact"|"dimacs"}` → violations
    /// and recomputed costs.
    @Sendable func validate(_ request: Request, context: Context) async throws -> Response {
        let body = try await RequestBody.object(of: request, limit: configuration.maxRequestBytes)
        for key in body.keys.sorted() where !["scenario", "plan", "distanceConvention"].contains(key) {
            throw ProblemDetails.badRequest(
                at: "/" + JSONPointer.escape(key), code: "unknown-field",
                "unknown field '\(key)' (expected scenario, plan, distanceConvention)")
        }
        guard let scenarioObject = body["scenario"] as? [String: Any] else {
            throw ProblemDetails.badRequest(at: "/scenario", code: "missing-field", "the scenario object is missing")
        }
        guard let planObject = body["plan"] as? [String: Any] else {
            throw ProblemDetails.badRequest(at: "/plan", code: "missing-field", "the plan object is missing")
        }
        var convention = DistanceConvention.exact
        if let value = body["distanceConvention"] {
            guard let text = value as? String, let named = DistanceConvention(rawValue: text) else {
                throw ProblemDetails.badRequest(at: "/distanceConvention", "distanceConvention must be exact or dimacs")
            }
            convention = named
        }
        try PlanRequest.checkSize(scenarioObject, configuration: configuration)
        let scenario: Scenario
        do throws(ScenarioError) {
            scenario = try ScenarioReader.read(data: JSONBody.data(scenarioObject), name: "scenario", format: .json)
            _ = try Problem(scenario: scenario, convention: convention)
        } catch {
            throw error.problem(under: "/scenario")
        }
        let plan: Plan
        do throws(ScenarioError) {
            plan = try PlanReader.read(data: JSONBody.data(planObject), name: "plan", scenario: scenario)
        } catch {
            throw error.problem(under: "/plan", title: "The plan cannot be read")
        }
        let report = PlanValidator(scenario: scenario, convention: convention).validate(plan)
        return JSONBody.response(Self.object(report))
    }

    /// The report as the API shows it.
    static func object(_ report: ValidationReport) -> [String: Any] {
        let violations: [[String: Any]] = report.violations.map { violation in
            var object: [String: Any] = ["code": violation.code.rawValue, "message": violation.message]
            if let technician = violation.technician { object["technician"] = technician }
            if let visit = violation.visit { object["visit"] = visit }
            return object
        }
        let c = report.recomputed
        let recomputed: [String: Any] = [
            "routes": c.routes, "assigned": c.assigned, "unassigned": c.unassigned, "distance": c.distance,
            "travelTime": c.travelTime, "lateness": c.lateness, "overtime": c.overtime, "cost": c.cost,
        ]
        return ["valid": report.isValid, "violations": violations, "recomputed": recomputed]
    }
}
