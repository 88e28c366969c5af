/// One broken constraint of a plan: a code, the technician and visit concerned, and a message.
public struct PlanViolation: Sendable, Hashable, CustomStringConvertible {
    /// Which constraint is broken.
    public var code: ViolationCode
    /// The technician whose route breaks it, when there is one.
    public var technician: String?
    /// The visit concerned, when there is one.
    public var visit: String?
    /// A sentence saying what is wrong, with the values involved.
    public var message: String

    /// Creates a violation.
    public init(_ code: ViolationCode, technician: String? = nil, visit: String? = nil, _ message: String) {
        self.code = code
        self.technician = technician
        self.visit = visit
        self.message = message
    }

    /// `[code] technician t, visit v: message`.
    public var description: String {
        var subject: [String] = []
        if let technician { subject.append("technician \(technician)") }
        if let visit { subject.append("visit \(visit)") }
        let prefix = subject.isEmpty ? "" : subject.joined(separator: ", ") + ": "
        return "[\(code.rawValue)] " + prefix + message
    }
}
