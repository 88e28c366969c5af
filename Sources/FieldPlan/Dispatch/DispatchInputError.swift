import FieldPlanModel

/// Bad dispatch input: the located issues of one or more files.
public struct DispatchInputError: Error, Sendable, CustomStringConvertible {
    /// One error per file, in the order the files were read.
    public var errors: [ScenarioError]

    /// Creates the error.
    public init(_ errors: [ScenarioError]) {
        self.errors = errors
    }

    /// One `FILE: location: message` line per issue.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
