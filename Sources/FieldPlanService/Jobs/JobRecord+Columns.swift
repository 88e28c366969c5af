import Foundation

/// How the database stores keep a job's structured fields: options and progress as JSON text.
extension JobRecord {
    /// The options as JSON text (keys sorted).
    func optionsJSON() throws -> String { try Self.json(options) }

    /// The progress as JSON text, when there is one.
    func progressJSON() throws -> String? { try Self.json(progress: progress) }

    /// A progress value as JSON text.
    static func json(progress: JobProgress?) throws -> String? { try progress.map(json) }

    /// Options read back from their JSON text.
    static func options(json text: String) throws -> JobOptions {
        try JSONDecoder().decode(JobOptions.self, from: Data(text.utf8))
    }

    /// Progress read back from its JSON text.
    static func progress(json text: String?) throws -> JobProgress? {
        try text.map { try JSONDecoder().decode(JobProgress.self, from: Data($0.utf8)) }
    }

    private static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
