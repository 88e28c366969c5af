/// The kinds of problem the service answers with; each names the problem's `type` URI
/// (`https://fieldplan.dev/problems/<kind>`) and is listed in `docs/errors.md`.
public enum ProblemKind: String, CaseIterable, Sendable {
    /// 400: the request's JSON, options or plan is invalid.
    case invalidRequest = "invalid-request"
    /// 400: the scenario (native or VROOM) is invalid; `errors` lists every issue.
    case invalidScenario = "invalid-scenario"
    /// 401: an API key is missing or unknown.
    case unauthorized
    /// 404: no such job or path.
    case notFound = "not-found"
    /// 405 and other HTTP-level refusals of the router.
    case httpError = "http-error"
    /// 409: cancelling a job that has already finished.
    case jobFinished = "job-finished"
    /// 413: the body or the scenario exceeds the server's limits.
    case tooLarge = "too-large"
    /// 429: the key has too many unfinished jobs.
    case tooManyJobs = "too-many-jobs"
    /// 500: an internal error.
    case `internal`
}
