import FieldPlan
import Hummingbird

extension ScenarioError {
    /// The issues as a 400 problem, each located by a JSON pointer under `prefix`.
    func problem(under prefix: String, title: String = "The scenario is invalid") -> ProblemDetails {
        let errors = issues.map { issue in
            ProblemDetails.FieldError(
                pointer: JSONPointer.pointer(fromPath: issue.location, under: prefix), code: issue.code.rawValue,
                detail: issue.description)
        }
        let count = issues.count
        return ProblemDetails(
            .badRequest, kind: .invalidScenario, title: title,
            detail: "\(count) issue\(count == 1 ? "" : "s") found: " + issues.map(\.description).joined(separator: "; "),
            errors: errors)
    }
}
