import FieldPlanService
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Responses of every endpoint match `docs/openapi.json`, checked by an independent implementation
/// (Python's `jsonschema`, installed by `make deps`), and `/openapi.json` serves that document.
@Suite struct OpenAPIConformanceTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func servedDocumentIsTheDocumentInDocs() async throws {
        let app = try await ServiceFixtures.application()
        let onDisk = try Self.canonical(Data(contentsOf: Self.packageRoot.appendingPathComponent("docs/openapi.json")))
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            let served = try Self.canonical(Data(buffer: response.body))
            #expect(served == onDisk, "run scripts/embed-openapi.py after editing docs/openapi.json")
            #expect(String(decoding: served, as: UTF8.self).contains(#""openapi":"3.1.0""#))
        }
    }

    /// A JSON document re-serialised with sorted keys, so equal documents give equal bytes.
    static func canonical(_ data: Data) throws -> Data {
        try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: data), options: [.sortedKeys])
    }

    @Test func responsesMatchTheDocument() async throws {
        let app = try await ServiceFixtures.application()
        let samples = try await app.test(.router) { client in
            var samples: [[String: Any]] = []
            func record(_ template: String, _ method: HTTPRequest.Method, _ response: TestResponse) throws {
                let type = (response.headers[.contentType] ?? "").split(separator: ";")[0]
                let body: Any =
                    type == "text/plain" || type == "text/event-stream"
                    ? String(buffer: response.body) : try JSONSerialization.jsonObject(with: Data(buffer: response.body))
                samples.append([
                    "path": template, "method": method.rawValue.lowercased(), "status": Int(response.status.code),
                    "contentType": String(type), "body": body,
                ])
            }
            let done = try await client.execute(uri: "/v1/plans?wait=30", method: .post, body: ServiceFixtures.planBody())
            try record("/v1/plans", .post, done)
            let job = try ServiceFixtures.object(done)
            let id = try #require(job["id"] as? String)
            try record("/v1/plans/{id}", .get, try await client.execute(uri: "/v1/plans/\(id)", method: .get))
            try record("/v1/plans/{id}", .delete, try await client.execute(uri: "/v1/plans/\(id)", method: .delete))
            try record("/v1/plans/{id}", .get, try await client.execute(uri: "/v1/plans/missing", method: .get))
            try record("/v1/plans/{id}/events", .get, try await client.execute(uri: "/v1/plans/\(id)/events", method: .get))
            let queued = try await client.execute(
                uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody(options: #"{"timeLimit": 0.3}"#))
            try record("/v1/plans", .post, queued)
            try record(
                "/v1/plans", .post,
                try await client.execute(uri: "/v1/plans", method: .post, body: ServiceFixtures.planBody(options: #"{"x": 1}"#)))
            let plan = try JSONSerialization.data(withJSONObject: try #require(job["plan"]))
            let validate = ByteBuffer(string: #"{"scenario": \#(ServiceFixtures.lineScenario), "plan": \#(String(decoding: plan, as: UTF8.self))}"#)
            try record("/v1/validate", .post, try await client.execute(uri: "/v1/validate", method: .post, body: validate))
            try record("/vroom", .post, try await client.execute(uri: "/vroom", method: .post, body: ByteBuffer(string: VROOMEndpointTests.problem())))
            try record("/vroom", .post, try await client.execute(uri: "/vroom", method: .post, body: ByteBuffer(string: #"{"vehicles": 1}"#)))
            try record("/health", .get, try await client.execute(uri: "/health", method: .get))
            try record("/metrics", .get, try await client.execute(uri: "/metrics", method: .get))
            return samples
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fieldplan-openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("samples.json")
        try JSONSerialization.data(withJSONObject: samples).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Self.packageRoot.appendingPathComponent("scripts/check-openapi-responses.py").path,
            Self.packageRoot.appendingPathComponent("docs/openapi.json").path, file.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("\(samples.count) responses checked, 0 failures"))
    }
}
