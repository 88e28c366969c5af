import Foundation
import Hummingbird

/// Formats job snapshots as server-sent events (`event:` the status or `progress`, `data:` JSON).
enum ServerSentEvent {
    /// The event text of one snapshot.
    static func text(_ snapshot: JobSnapshot) -> String {
        var object: [String: Any] = ["id": snapshot.id, "status": snapshot.status.rawValue]
        if let progress = snapshot.progress {
            object["progress"] = [
                "bestCost": progress.bestCost, "elapsedSeconds": progress.elapsedSeconds,
                "iteration": progress.iteration,
            ]
        }
        let name = snapshot.status == .running && snapshot.progress != nil ? "progress" : snapshot.status.rawValue
        return "event: \(name)\ndata: \(String(decoding: JSONBody.data(object), as: UTF8.self))\n\n"
    }

    /// The event as bytes.
    static func buffer(_ snapshot: JobSnapshot) -> ByteBuffer { ByteBuffer(string: text(snapshot)) }
}
