import Synchronization

/// The latest progress of one running solve, written by the search thread and read by requests.
final class ProgressBox: Sendable {
    private let value = Mutex<JobProgress?>(nil)

    /// The latest progress, if any was reported.
    var latest: JobProgress? { value.withLock { $0 } }

    /// Records a newer progress value.
    func record(_ progress: JobProgress) { value.withLock { $0 = progress } }
}
