/// Escaping of user text for HTML and SVG (the day report's and the benchmark report's).
public enum HTMLEscaping {
    /// `text` with `&`, `<`, `>` and both quotes escaped, safe in element content and attributes.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
