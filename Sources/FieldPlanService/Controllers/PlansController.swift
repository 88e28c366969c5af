import FieldPlan
import Foundation
import Hummingbird

/// `/v1/plans`: submit planning jobs, read their state and plan, follow their progress, cancel them.
struct PlansController<Context: RequestContext> {
    let runner: any JobCoordinator
    let configuration: ServiceConfiguration
    let registry: StrategyRegistry

    /// The longest `?wait` honoured, in seconds.
    static var maxWait: Double { 300 }

    func addRoutes(to group: RouterGroup<Context>) {
        group.post(use: create)
        group.get(":id", use: show)
        group.delete(":id", use: cancel)
        group.get(":id/events", use: events)
    }

    /// `POST /v1/plans[?wait=N]`: 202 with the job, or 200 with the plan when it finishes within N seconds.
    @Sendable func create(_ request: Request, context: Context) async throws -> Response {
        let wait = try Self.waitSeconds(request)
        let body = try await RequestBody.object(of: request, limit: configuration.maxRequestBytes)
        let planRequest = try PlanRequest(body, configuration: configuration, registry: registry)
        let owner = APIKey.owner(of: request)
        let active = try await runner.store.activeCount(owner: owner)
        if active >= configuration.maxJobsPerKey {
            throw ProblemDetails(
                .tooManyRequests, kind: .tooManyJobs, title: "Too many jobs",
                detail: "this key has \(active) jobs queued or running; the limit is \(configuration.maxJobsPerKey)")
        }
        var job = JobRecord(owner: owner, scenario: planRequest.scenarioJSON, options: planRequest.options)
        try await runner.submit(job)
        if let wait, let finished = try await runner.waitForFinish(job.id, upTo: wait), finished.status.isFinished {
            return JSONBody.response(finished.responseObject(), status: .ok)
        }
        job = try await runner.store.job(id: job.id) ?? job
        var response = JSONBody.response(job.responseObject(live: await runner.progress(of: job.id)), status: .accepted)
        response.headers[.location] = "/v1/plans/\(job.id)"
        return response
    }

    /// `GET /v1/plans/{id}`: the job's state, progress and, when finished, its plan.
    @Sendable func show(_ request: Request, context: Context) async throws -> Response {
        let job = try await ownJob(request, context: context)
        return JSONBody.response(job.responseObject(live: await runner.progress(of: job.id)))
    }

    /// `DELETE /v1/plans/{id}`: cancels; a running job keeps the best plan found so far.
    @Sendable func cancel(_ request: Request, context: Context) async throws -> Response {
        let job = try await ownJob(request, context: context)
        if job.status.isFinished {
            throw ProblemDetails(
                .conflict, kind: .jobFinished, title: "The job has already finished",
                detail: "job \(job.id) is \(job.status.rawValue); only queued or running jobs can be cancelled")
        }
        guard let cancelled = try await runner.cancel(id: job.id) else { throw Self.notFound(job.id) }
        return JSONBody.response(cancelled.responseObject())
    }

    /// `GET /v1/plans/{id}/events`: server-sent events, one per progress report, until the job finishes.
    @Sendable func events(_ request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id")
        let updates = runner.watch(id)
        let job = try await ownJob(request, context: context)
        let first = JobSnapshot(id: job.id, status: job.status, progress: await runner.progress(of: id) ?? job.progress)
        let body = ResponseBody { writer in
            try await writer.write(ServerSentEvent.buffer(first))
            if !first.status.isFinished {
                var last = first
                for await snapshot in updates where snapshot != last {
                    last = snapshot
                    try await writer.write(ServerSentEvent.buffer(snapshot))
                    if snapshot.status.isFinished { break }
                }
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"], body: body)
    }

    /// The job named in the path, if it belongs to the caller; 404 otherwise.
    private func ownJob(_ request: Request, context: Context) async throws -> JobRecord {
        let id = try context.parameters.require("id")
        guard let job = try await runner.store.job(id: id), configuration.isOpen || job.owner == APIKey.owner(of: request)
        else { throw Self.notFound(id) }
        return job
    }

    private static func notFound(_ id: String) -> ProblemDetails {
        ProblemDetails(.notFound, kind: .notFound, title: "No such job", detail: "there is no job \(id)")
    }

    /// The `wait` query parameter in seconds, capped; `nil` when absent.
    private static func waitSeconds(_ request: Request) throws -> Double? {
        guard let text = request.uri.queryParameters["wait"] else { return nil }
        guard let seconds = Double(String(text)), seconds >= 0, seconds.isFinite else {
            throw ProblemDetails(
                .badRequest, kind: .invalidRequest, title: "The request is invalid",
                detail: "the query parameter wait must be a non-negative number of seconds")
        }
        return min(seconds, maxWait)
    }
}
