import ServiceLifecycle

extension SharedJobCoordinator: Service {
    /// Runs the local workers and the sweeper alongside the HTTP server until it shuts down.
    public func run() async throws {
        start()
        try? await gracefulShutdown()
        stop()
    }
}
