import Foundation
import Hummingbird

/// API keys: reading them from a request, a file or the environment, and naming their owner.
public enum APIKey {
    /// The key of an `Authorization: Bearer KEY` header.
    static func bearer(in request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let key = parts[1].trimmingCharacters(in: .whitespaces)
        return key.isEmpty ? nil : key
    }

    /// Who sent the request: a fingerprint of its key (keys themselves are never stored), or `open`.
    static func owner(of request: Request) -> String {
        guard let key = bearer(in: request) else { return "open" }
        return fingerprint(key)
    }

    /// A stable 64-bit FNV-1a fingerprint of a key, in hex.
    static func fingerprint(_ key: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "key-" + String(hash, radix: 16)
    }

    /// The keys of a file: one per line; blank lines and lines starting with `#` are skipped.
    public static func keys(inFile text: String) -> Set<String> {
        Set(text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    /// The keys of a comma-separated environment value (`FIELDPLAN_API_KEYS`).
    public static func keys(inEnvironment value: String) -> Set<String> {
        Set(value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}
