import Hummingbird

/// Counts every answered request by method and status.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServiceMetrics

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let response = try await next(request, context)
        metrics.recordRequest(method: request.method.rawValue, status: Int(response.status.code))
        return response
    }
}
