import FieldPlan

/// Runs a search the way every planning command does: in a task that Ctrl-C cancels, with a
/// progress display on standard error that ticks while it runs.
enum ProgressRun {
    /// The result of `work`, which reports progress to the display it is given.
    static func run<Result: Sendable>(
        quiet: Bool, _ work: @escaping @Sendable (@escaping @Sendable (ProgressEvent) -> Void) async throws -> Result
    ) async throws -> Result {
        let display = ProgressDisplay(enabled: !quiet, isTerminal: Console.standardErrorIsTerminal)
        let search = Task { try await work(display.record) }
        let ticker = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(200))
                display.tick()
            }
        }
        let interrupts = StopSignals(message: "\ninterrupted: keeping the best plan so far (Ctrl-C again to quit)") {
            search.cancel()
        }
        defer {
            interrupts.remove()
            ticker.cancel()
            display.finish()
        }
        return try await search.value
    }
}
