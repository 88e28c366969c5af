import FieldPlanService
import FieldPlanTestSupport
import Foundation
import Logging
import PostgresNIO
import Testing

/// The PostgreSQL server of the tests: `FIELDPLAN_TEST_POSTGRES_URL` (set by `make test`, which
/// starts it with scripts/postgres-test-server.sh). Without it the PostgreSQL suites are skipped,
/// unless `FIELDPLAN_REQUIRE_POSTGRES=1` — then they run and fail, so CI cannot skip them silently.
enum PostgresTestDatabase {
    /// The server's URL, if given.
    static let url = ProcessInfo.processInfo.environment["FIELDPLAN_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// Whether the PostgreSQL suites run: a URL is given, or one is required.
    static let isEnabled = url != nil || ProcessInfo.processInfo.environment["FIELDPLAN_REQUIRE_POSTGRES"] == "1"

    /// The URL, or an error saying how to get one.
    static func requiredURL() throws -> String {
        guard let url else {
            throw Missing(
                message: "FIELDPLAN_REQUIRE_POSTGRES=1 but FIELDPLAN_TEST_POSTGRES_URL is not set "
                    + "(run `make test`, or scripts/postgres-test-server.sh start and export its url)")
        }
        return url
    }

    /// A store in a new schema of its own, so tests running at once never see each other's jobs.
    /// The wait for the database is scaled: under a sanitizer, a parallel run keeps the
    /// cooperative threads busy long before the server itself is slow.
    static func store(schema: String = uniqueName("t_")) async throws -> PostgresJobStore {
        try await PostgresJobStore.connect(
            try PostgresConnectionURL(try requiredURL()), schema: schema, timeout: TestTiming.seconds(20))
    }

    /// A fresh lower-case identifier.
    static func uniqueName(_ prefix: String) -> String {
        prefix + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
    }

    /// Runs `body` with a store in a fresh schema, dropping the schema afterwards.
    static func withStore(_ body: (PostgresJobStore, _ schema: String) async throws -> Void) async throws {
        let schema = uniqueName("t_")
        let store = try await store(schema: schema)
        do {
            try await body(store, schema)
        } catch {
            try? await store.dropSchema()
            store.close()
            throw error
        }
        try await store.dropSchema()
        store.close()
    }

    /// Creates a database of its own (for processes, which use the default schema) and returns its URL.
    static func createDatabase() async throws -> (url: String, name: String) {
        let base = try requiredURL()
        let name = uniqueName("fieldplan_t_")
        try await withAdminClient { client in try await client.query("CREATE DATABASE \(unescaped: name)") }
        var components = try #require(URLComponents(string: base))
        components.path = "/" + name
        return (try #require(components.string), name)
    }

    /// Drops a database made by ``createDatabase()``, closing its connections.
    static func dropDatabase(_ name: String) async throws {
        try await withAdminClient { client in try await client.query("DROP DATABASE IF EXISTS \(unescaped: name) WITH (FORCE)") }
    }

    private static func withAdminClient(_ body: @Sendable (PostgresClient) async throws -> Void) async throws {
        let client = PostgresClient(
            configuration: try PostgresConnectionURL(try requiredURL()).configuration,
            backgroundLogger: Logger(label: "fieldplan.tests"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await body(client)
        }
    }

    /// The test server is not configured.
    struct Missing: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
