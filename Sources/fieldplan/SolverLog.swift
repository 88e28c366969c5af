import Logging

/// Sends log messages (GLPK's terminal output among them) to standard error, once asked to.
enum SolverLog {
    /// Installs a standard-error handler that shows everything from `info` up.
    static func enable() {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
    }
}
