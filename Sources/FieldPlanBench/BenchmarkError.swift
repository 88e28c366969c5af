import FieldPlan

/// Bad input or misuse of the benchmark harness.
public enum BenchmarkError: Error, Sendable, CustomStringConvertible {
    /// A set argument matched no scenario file.
    case noInstances(pattern: String)
    /// A file could not be read.
    case unreadableFile(path: String)
    /// A `bks.csv` file is malformed.
    case badBestKnownFile(path: String, line: Int, message: String)
    /// A runs CSV file is malformed.
    case badRunsFile(path: String, line: Int, message: String)
    /// A scenario could not be read or does not validate.
    case badScenario(path: String, error: ScenarioError)
    /// The configuration names no strategy or seed, or no limit, or fewer than one job.
    case invalidConfiguration(String)
    /// A strategy name the planner does not know.
    case unknownStrategy(String, available: [String])
    /// An output could not be written.
    case unwritableOutput(path: String, reason: String)

    /// A sentence for the user.
    public var description: String {
        switch self {
        case .noInstances(let pattern):
            "no scenario files match \(pattern)"
        case .unreadableFile(let path):
            "cannot read \(path)"
        case .badBestKnownFile(let path, let line, let message):
            "\(path):\(line): \(message)"
        case .badRunsFile(let path, let line, let message):
            "\(path):\(line): \(message)"
        case .badScenario(let path, let error):
            "\(path): \(error.description)"
        case .invalidConfiguration(let message):
            "invalid benchmark configuration: \(message)"
        case .unknownStrategy(let name, let available):
            "unknown strategy '\(name)' (available: \(available.joined(separator: ", ")))"
        case .unwritableOutput(let path, let reason):
            "cannot write \(path): \(reason)"
        }
    }
}
