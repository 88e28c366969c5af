import Foundation
import Hummingbird

/// An error answered as RFC 9457 problem details (`application/problem+json`).
///
/// `errors` lists every located issue, each with a JSON pointer (RFC 6901) into the request body.
public struct ProblemDetails: HTTPResponseError, Sendable {
    /// One located issue.
    public struct FieldError: Sendable, Hashable, Codable {
        /// JSON pointer to the offending field in the request body (`/scenario/visits/3/duration`).
        public var pointer: String
        /// The stable code (`docs/errors.md`).
        public var code: String
        /// What is wrong.
        public var detail: String

        /// Creates a located issue.
        public init(pointer: String, code: String, detail: String) {
            self.pointer = pointer
            self.code = code
            self.detail = detail
        }
    }

    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A URI naming the kind of problem (`https://fieldplan.dev/problems/invalid-scenario`).
    public var type: String
    /// A short summary of the kind of problem.
    public var title: String
    /// This occurrence, in a sentence.
    public var detail: String
    /// The located issues, when the request body was at fault.
    public var errors: [FieldError]

    /// Creates a problem; `type` is derived from `kind`.
    public init(_ status: HTTPResponse.Status, kind: ProblemKind, title: String, detail: String, errors: [FieldError] = []) {
        self.status = status
        self.type = "https://fieldplan.dev/problems/\(kind.rawValue)"
        self.title = title
        self.detail = detail
        self.errors = errors
    }

    /// A 400 for one field.
    public static func badRequest(at pointer: String, code: String = "invalid-value", _ detail: String) -> ProblemDetails {
        ProblemDetails(
            .badRequest, kind: .invalidRequest, title: "The request is invalid", detail: detail,
            errors: [FieldError(pointer: pointer, code: code, detail: detail)])
    }

    /// The problem document as JSON.
    public var json: Data {
        var object: [String: Any] = ["type": type, "title": title, "status": Int(status.code), "detail": detail]
        if !errors.isEmpty {
            object["errors"] = errors.map { ["pointer": $0.pointer, "code": $0.code, "detail": $0.detail] }
        }
        return JSONBody.data(object)
    }

    /// The problem as an HTTP response.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = JSONBody.response(json, status: status)
        response.headers[.contentType] = "application/problem+json"
        if status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer" }
        return response
    }
}
