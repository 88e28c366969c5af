import FieldPlan
import Hummingbird
import Logging
import ServiceLifecycle

/// The request context every route of the service uses.
public typealias ServiceContext = BasicRequestContext

/// Builds the service's router: middleware (metrics, problem details, API keys) and every route.
public func buildRouter(runner: any JobCoordinator, configuration: ServiceConfiguration, registry: StrategyRegistry = .standard)
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

/// Builds the service: the job store (PostgreSQL with a database URL, SQLite in the data folder,
/// or memory), whoever runs the jobs (this server's ``JobRunner``, which re-queues jobs a previous
/// run left unfinished, or with a shared queue the ``SharedJobCoordinator`` and its local workers)
/// and the HTTP application.
///
/// - Parameter store: a store to use instead of the configured one; a ``LeasedJobStore`` is
///   served as a shared queue.
/// - Throws: ``ServiceSetupError`` when the configuration is unsafe (no keys on a public
///   address) or the database cannot be reached, or the store's error when it cannot be opened.
public func buildApplication(
    _ configuration: ServiceConfiguration, store: (any JobStore)? = nil, logger: Logger? = nil,
    onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    if configuration.apiKeys.isEmpty && !ServiceConfiguration.isLoopback(configuration.host) {
        throw ServiceSetupError.keysRequired(host: configuration.host)
    }
    let jobs: any JobStore
    if let store { jobs = store } else { jobs = try await openStore(configuration) }
    let metrics = ServiceMetrics()
    let coordinator: any JobCoordinator
    var services: [any Service] = []
    if let queue = jobs as? any LeasedJobStore {
        let shared = SharedJobCoordinator(queue: queue, configuration: configuration, metrics: metrics)
        services.append(shared)
        coordinator = shared
    } else {
        let runner = JobRunner(store: jobs, configuration: configuration, metrics: metrics)
        try await runner.recover()
        coordinator = runner
    }
    let router = buildRouter(runner: coordinator, configuration: configuration)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "fieldplan"),
        services: services,
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger ?? Logger(label: "fieldplan.service"))
}

/// The configured store: PostgreSQL, SQLite or memory.
private func openStore(_ configuration: ServiceConfiguration) async throws -> any JobStore {
    if let url = configuration.databaseURL {
        return try await PostgresJobStore.connect(try PostgresConnectionURL(url))
    }
    if let folder = configuration.dataFolder { return try SQLiteJobStore(folder: folder) }
    return InMemoryJobStore()
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
