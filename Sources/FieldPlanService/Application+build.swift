import FieldPlan
import Hummingbird
import Logging

/// The request context every route of the service uses.
public typealias ServiceContext = BasicRequestContext

/// Builds the service's router: middleware (metrics, problem details, API keys) and every route.
public func buildRouter(runner: JobRunner, configuration: ServiceConfiguration, registry: StrategyRegistry = .standard)
    -> Router<ServiceContext>
{
    let router = Router(context: ServiceContext.self)
    router.add(middleware: MetricsMiddleware(metrics: runner.metrics))
    router.add(middleware: ProblemMiddleware())
    router.add(middleware: APIKeyMiddleware(configuration: configuration))
    SystemController(runner: runner).addRoutes(to: router)
    PlansController(runner: runner, configuration: configuration, registry: registry)
        .addRoutes(to: router.group("/v1/plans"))
    ValidateController(configuration: configuration).addRoutes(to: router)
    VROOMController(runner: runner, configuration: configuration).addRoutes(to: router)
    return router
}

/// Builds the service: the job store (SQLite in the data folder, or memory), the runner (which
/// re-queues jobs a previous run left unfinished) and the HTTP application.
///
/// - Throws: ``ServiceSetupError`` when the configuration is unsafe (no keys on a public
///   address), or the store's error when it cannot be opened.
public func buildApplication(
    _ configuration: ServiceConfiguration, store: (any JobStore)? = nil, logger: Logger? = nil,
    onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    if configuration.apiKeys.isEmpty && !ServiceConfiguration.isLoopback(configuration.host) {
        throw ServiceSetupError.keysRequired(host: configuration.host)
    }
    let jobs: any JobStore =
        if let store { store } else if let folder = configuration.dataFolder { try SQLiteJobStore(folder: folder) } else {
            InMemoryJobStore()
        }
    let runner = JobRunner(store: jobs, configuration: configuration, metrics: ServiceMetrics())
    try await runner.recover()
    let router = buildRouter(runner: runner, configuration: configuration)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "fieldplan"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger ?? Logger(label: "fieldplan.service"))
}

/// Builds the service and serves until the process receives SIGINT or SIGTERM.
///
/// - Parameter onServerRunning: called with the bound port once the server listens.
public func runServer(
    _ configuration: ServiceConfiguration, onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) async throws {
    let application = try await buildApplication(configuration, onServerRunning: onServerRunning)
    try await application.runService()
}
