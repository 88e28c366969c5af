import Foundation
import Hummingbird

/// `/health`, `/metrics` (Prometheus text) and `/openapi.json`.
struct SystemController<Context: RequestContext> {
    let runner: any JobCoordinator

    func addRoutes(to router: Router<Context>) {
        router.get("/health", use: health)
        router.get("/metrics", use: metrics)
        router.get("/openapi.json", use: openAPI)
    }

    /// `{"status": "ok", "queued": n, "running": n}`.
    @Sendable func health(_ request: Request, context: Context) async throws -> Response {
        JSONBody.response(["status": "ok", "queued": try await runner.queueDepth(), "running": try await runner.runningCount()])
    }

    /// Counters and gauges in Prometheus's text exposition format.
    @Sendable func metrics(_ request: Request, context: Context) async throws -> Response {
        let text = runner.metrics.render(
            jobs: try await runner.store.countsByStatus(), queueDepth: try await runner.queueDepth(),
            runningSolves: try await runner.runningCount())
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The OpenAPI 3.1 document of this API.
    @Sendable func openAPI(_ request: Request, context: Context) async throws -> Response {
        JSONBody.response(Data(OpenAPIDocument.text.utf8))
    }
}
