/// Names valid in CPLEX LP text, derived from model names the way GLPK's writer does it.
///
/// Spaces become `_`, `-` becomes `~`, brackets become parentheses; a name that is still invalid,
/// a keyword, empty or already taken falls back to a generated `x_j` / `r_i` name.
struct LPNames {
    private static let allowedPunctuation = Set("!\"#$%&()/,.;?@_`'{}|~")
    private static let keywords: Set<String> = [
        "minimize", "minimum", "min", "maximize", "maximum", "max", "subject", "such", "st", "s.t.", "st.",
        "bounds", "bound", "free", "inf", "infinity", "generals", "general", "gen", "integers",
        "binaries", "binary", "bin", "end",
    ]
    private var used: Set<String> = []

    /// A unique LP name for `name`, or for `fallback` if `name` cannot be used.
    mutating func claim(_ name: String, fallback: String) -> String {
        let adjusted = Self.adjust(name)
        var chosen = Self.isValid(adjusted) && !used.contains(adjusted) ? adjusted : fallback
        while used.contains(chosen) { chosen += "~" }
        used.insert(chosen)
        return chosen
    }

    private static func adjust(_ name: String) -> String {
        String(name.map { character -> Character in
            switch character {
            case " ": "_"
            case "-": "~"
            case "[": "("
            case "]": ")"
            default: character
            }
        })
    }

    private static func isValid(_ name: String) -> Bool {
        guard let first = name.first, first != ".", !first.isASCII || !first.isNumber else { return false }
        guard !keywords.contains(name.lowercased()) else { return false }
        return name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || allowedPunctuation.contains($0) }
    }
}
