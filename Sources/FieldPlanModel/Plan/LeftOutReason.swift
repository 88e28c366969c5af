/// A reason a visit is left out, coded for machines and worded for people.
public struct LeftOutReason: Sendable, Hashable {
    /// Stable reason codes.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// No technician has the required skills at the required levels.
        case noQualifiedTechnician = "no-qualified-technician"
        /// Every qualified technician is excluded, or the pinned one cannot serve it.
        case noAllowedTechnician = "no-allowed-technician"
        /// No time window fits inside any allowed technician's shift.
        case noWindowInShift = "no-window-in-shift"
        /// The deadline cannot be met even going straight from home.
        case deadlineUnreachable = "deadline-unreachable"
        /// The demand exceeds every allowed technician's capacity.
        case capacity
        /// Its follow-up predecessor is not served, or cannot be followed in time.
        case followUpUnsatisfiable = "follow-up-unsatisfiable"
        /// Serving it would cost more than its penalty.
        case notWorthIt = "cost-exceeds-penalty"
        /// No route had room for it in the plan found.
        case noRoom = "no-room"
        /// The time limit was reached before the technicians' options for it were computed.
        case notAnalysed = "not-analysed"
    }

    /// The reason's code.
    public var code: Code
    /// A sentence for the dispatcher.
    public var message: String

    /// Creates a reason.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }
}
