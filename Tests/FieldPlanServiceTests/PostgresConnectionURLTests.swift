import FieldPlanService
import Testing

/// `--database` URLs: what is read, and what is refused with a reason (never echoing a password).
@Suite struct PostgresConnectionURLTests {
    @Test func readsUserHostPortAndDatabase() throws {
        let url = try PostgresConnectionURL("postgres://planner:secret@db.example:6543/fieldplan?sslmode=disable")
        #expect(url.description == "postgres://planner@db.example:6543/fieldplan")
        #expect(url.configuration.username == "planner")
        #expect(url.configuration.password == "secret")
        #expect(url.configuration.database == "fieldplan")
        #expect(url.configuration.host == "db.example")
        #expect(url.configuration.port == 6543)
        #expect(try PostgresConnectionURL("postgresql://u@h/d").configuration.port == 5432)
    }

    @Test(arguments: [
        ("mysql://u@h/d", "expected postgres://"), ("postgres://h/d", "the user is missing"),
        ("postgres://u@h", "the database name is missing"), ("postgres://u:pw@h/d?sslmode=maybe", "sslmode 'maybe'"),
    ])
    func refusesIncompleteURLs(text: String, reason: String) {
        #expect {
            try PostgresConnectionURL(text)
        } throws: { error in
            let message = "\(error)"
            return message.contains(reason) && !message.contains("pw@")
        }
    }
}
