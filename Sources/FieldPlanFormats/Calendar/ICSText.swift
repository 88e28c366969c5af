import Foundation

/// RFC 5545 text helpers: escaping of TEXT values and folding of content lines.
public enum ICSText {
    /// Escapes a TEXT value: backslash, `;`, `,` and line breaks (RFC 5545 §3.3.11).
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r\n", "\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Folds a content line into chunks of at most 75 octets joined by CRLF + space, never splitting
    /// a UTF-8 sequence (RFC 5545 §3.1); the result ends with CRLF.
    public static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                out += "\r\n "
                octets = 0
                limit = 74
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out + "\r\n"
    }
}
