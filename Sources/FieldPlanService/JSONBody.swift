import Foundation
import Hummingbird

/// Builds JSON response bodies from plain dictionaries, embedding documents written elsewhere
/// (the plan contract) without re-modelling them.
enum JSONBody {
    /// `object` serialised with sorted keys.
    static func data(_ object: Any) -> Data {
        do {
            return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        } catch {
            preconditionFailure("response bodies are built from JSON values only: \(error)")
        }
    }

    /// A JSON document parsed back into plain values, to embed it in a response.
    static func value(_ data: Data) -> Any {
        (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) ?? NSNull()
    }

    /// An `application/json` response.
    static func response(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// An `application/json` response of a plain value.
    static func response(_ object: Any, status: HTTPResponse.Status = .ok) -> Response {
        response(data(object), status: status)
    }
}
