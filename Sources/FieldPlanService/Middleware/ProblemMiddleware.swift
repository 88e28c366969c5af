import Hummingbird

/// Answers every error as problem details (RFC 9457), so clients see one error shape.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as ProblemDetails {
            return try problem.response(from: request, context: context)
        } catch let error as HTTPResponseError {
            let problem = error.status == .contentTooLarge
                ? ProblemDetails(.contentTooLarge, kind: .tooLarge, title: "The request is too large", detail: "the body is larger than the server's limit")
                : ProblemDetails(
                    error.status, kind: error.status == .notFound ? .notFound : .httpError, title: error.status.reasonPhrase,
                    detail: error.status == .notFound ? "no such resource: \(request.uri.path)" : error.status.reasonPhrase)
            return try problem.response(from: request, context: context)
        } catch {
            let problem = ProblemDetails(
                .internalServerError, kind: .internal, title: "Internal error", detail: String(describing: error))
            return try problem.response(from: request, context: context)
        }
    }
}
