/// A configuration the service refuses to start with.
public enum ServiceSetupError: Error, Sendable, CustomStringConvertible {
    /// No API keys while bound to an address other hosts can reach.
    case keysRequired(host: String)
    /// The `--database` URL cannot be read.
    case invalidDatabaseURL(String, reason: String)
    /// The database did not answer or refused the schema.
    case databaseUnavailable(String, reason: String)

    /// A sentence for the operator.
    public var description: String {
        switch self {
        case .keysRequired(let host):
            "refusing to serve on \(host) without API keys: give --api-keys FILE or FIELDPLAN_API_KEYS "
                + "(open mode is only for loopback addresses)"
        case .invalidDatabaseURL(let url, let reason):
            "invalid database URL '\(url)': \(reason)"
        case .databaseUnavailable(let url, let reason):
            "cannot use the database \(url): \(reason)"
        }
    }
}
