/// A configuration the service refuses to start with.
public enum ServiceSetupError: Error, Sendable, CustomStringConvertible {
    /// No API keys while bound to an address other hosts can reach.
    case keysRequired(host: String)

    /// A sentence for the operator.
    public var description: String {
        switch self {
        case .keysRequired(let host):
            "refusing to serve on \(host) without API keys: give --api-keys FILE or FIELDPLAN_API_KEYS "
                + "(open mode is only for loopback addresses)"
        }
    }
}
