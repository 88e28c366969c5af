import FieldPlanModel

/// A parsed JSON (or YAML) document, keeping object members in input order.
///
/// Readers check the tree's structure (unknown, missing and mistyped fields) before decoding it,
/// so every structural issue is reported at once with its path.
enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, with its value and its canonical JSON text.
    case number(Double, text: String)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object's members, in input order (duplicates kept so they can be reported).
    case object([Member])

    /// One member of an object.
    struct Member: Sendable, Equatable {
        /// The member's key.
        var key: String
        /// The member's value.
        var value: JSONValue
    }

    /// The value of the first member named `key`, for objects.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The string, for string values.
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// How a message names the kind of this value: `a number`, `text`, `a list`.
    var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "true/false"
        case .number: "a number"
        case .string: "text"
        case .array: "a list"
        case .object: "an object"
        }
    }

    /// Compact JSON text of the value, for decoding with `JSONDecoder`.
    var jsonText: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(_, let text): output += text
        case .string(let text): Self.writeString(text, to: &output)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(member.key, to: &output)
                output += ":"
                member.value.write(to: &output)
            }
            output += "}"
        }
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
