import Foundation
import Hummingbird

/// Reads request bodies: size limit (413) and JSON syntax (400), as problem details.
enum RequestBody {
    /// The body's bytes, at most `limit` of them.
    static func data(of request: Request, limit: Int) async throws -> Data {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw tooLarge(limit)
        }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Data(buffer.readableBytesView)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            throw tooLarge(limit)
        }
    }

    /// The body parsed as a JSON object.
    static func object(of request: Request, limit: Int) async throws -> [String: Any] {
        let bytes = try await data(of: request, limit: limit)
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: bytes)
        } catch {
            throw ProblemDetails.badRequest(at: "", code: "syntax", "the body is not valid JSON: \(error.localizedDescription)")
        }
        guard let object = value as? [String: Any] else {
            throw ProblemDetails.badRequest(at: "", code: "wrong-type", "the body must be a JSON object")
        }
        return object
    }

    /// The 413 problem for a body over `limit` bytes.
    static func tooLarge(_ limit: Int) -> ProblemDetails {
        ProblemDetails(
            .contentTooLarge, kind: .tooLarge, title: "The request is too large",
            detail: "the body is larger than the server's limit of \(limit) bytes")
    }
}
