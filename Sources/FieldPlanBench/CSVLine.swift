/// RFC 4180 fields of one CSV line: quoting where needed when writing, unquoting when reading.
enum CSVLine {
    /// Splits a line into fields; quoted fields may hold commas and doubled quotes.
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = line.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let following = iterator.next()
                    if following == "\"" {
                        current.append("\"")
                    } else {
                        quoted = false
                        pending = following
                    }
                } else {
                    current.append(character)
                }
            } else if character == "\"" && current.isEmpty {
                quoted = true
            } else if character == "," {
                fields.append(current)
                current = ""
            } else if !character.isNewline {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }

    /// Joins fields into a line, quoting those that need it.
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }
}
