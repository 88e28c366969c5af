import Hummingbird

/// Lets a request through only with `Authorization: Bearer KEY` for a configured key, except in
/// open mode (loopback, no keys) and for the public paths (`/health`, `/openapi.json`).
struct APIKeyMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Paths anyone may read.
    static var publicPaths: Set<String> { ["/health", "/openapi.json"] }

    let configuration: ServiceConfiguration

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if configuration.isOpen || Self.publicPaths.contains(request.uri.path) {
            return try await next(request, context)
        }
        guard let key = APIKey.bearer(in: request) else {
            throw ProblemDetails(
                .unauthorized, kind: .unauthorized, title: "An API key is required",
                detail: "send the key as 'Authorization: Bearer KEY'")
        }
        guard configuration.apiKeys.contains(key) else {
            throw ProblemDetails(.unauthorized, kind: .unauthorized, title: "Unknown API key", detail: "the API key is not valid")
        }
        return try await next(request, context)
    }
}
