/// One record of a CSV file: its fields and where each starts in the text.
public struct CSVRecord: Sendable, Hashable {
    /// One field's text (quotes removed) and its position.
    public struct Field: Sendable, Hashable {
        /// The field's value, unquoted and unescaped.
        public var text: String
        /// The 1-based line the field starts on.
        public var line: Int
        /// The 1-based column (in characters) the field starts at.
        public var column: Int

        /// Creates a field.
        public init(text: String, line: Int, column: Int) {
            self.text = text
            self.line = line
            self.column = column
        }
    }

    /// The fields in order.
    public var fields: [Field]
    /// The 1-based line the record starts on.
    public var line: Int

    /// Creates a record.
    public init(fields: [Field], line: Int) {
        self.fields = fields
        self.line = line
    }

    /// Whether every field is empty (a blank line, or a line of separators only).
    public var isBlank: Bool { fields.allSatisfy { $0.text.trimmingCharacters(in: .whitespaces).isEmpty } }
}
