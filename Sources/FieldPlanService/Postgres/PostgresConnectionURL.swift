import Foundation
import PostgresNIO

/// A `postgres://user[:password]@host[:port]/database[?sslmode=disable|prefer|require]` URL, read
/// into the client's configuration.
public struct PostgresConnectionURL: Sendable, CustomStringConvertible {
    /// The client configuration the URL describes.
    public let configuration: PostgresClient.Configuration
    /// The URL without its password, for messages.
    public let description: String

    /// Reads a URL; throws ``ServiceSetupError/invalidDatabaseURL(_:reason:)`` naming what is wrong.
    public init(_ url: String) throws {
        let text = Self.redacted(url)
        guard let url = URLComponents(string: url), let scheme = url.scheme,
            scheme == "postgres" || scheme == "postgresql"
        else { throw ServiceSetupError.invalidDatabaseURL(text, reason: "expected postgres://user@host:port/database") }
        guard let host = url.host, !host.isEmpty else {
            throw ServiceSetupError.invalidDatabaseURL(text, reason: "the host is missing")
        }
        guard let user = url.user, !user.isEmpty else {
            throw ServiceSetupError.invalidDatabaseURL(text, reason: "the user is missing")
        }
        let database = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        guard !database.isEmpty else {
            throw ServiceSetupError.invalidDatabaseURL(text, reason: "the database name is missing")
        }
        let tls: PostgresClient.Configuration.TLS
        switch url.queryItems?.first(where: { $0.name == "sslmode" })?.value ?? "prefer" {
        case "disable": tls = .disable
        case "prefer": tls = .prefer(.makeClientConfiguration())
        case "require": tls = .require(.makeClientConfiguration())
        case let other:
            throw ServiceSetupError.invalidDatabaseURL(text, reason: "sslmode '\(other)' is not disable, prefer or require")
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: url.port ?? 5432, username: user, password: url.password, database: database, tls: tls)
        configuration.options.maximumConnections = 16
        self.configuration = configuration
        description = "postgres://\(user)@\(host):\(url.port ?? 5432)/\(database)"
    }

    /// The URL with its password replaced by `***`.
    static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? text
    }
}
