/// A point in time as a scenario writes it: minutes since the plan's origin, or a clock time.
///
/// Clock times (`"08:00"`, `"17:30:15"`, `"26:00"` for 02:00 the next day) are resolved against
/// the scenario's date and time zone by ``TimeResolver``, so that daylight-saving days are right.
public enum TimePoint: Sendable, Hashable {
    /// Minutes since the origin (local midnight of the plan date, or time zero without a date).
    case minutes(Double)
    /// A wall-clock time on the plan date; hours of 24 or more reach into the following days.
    case clock(hour: Int, minute: Int, second: Int)

    /// Parses `HH:MM` or `HH:MM:SS`; `nil` when the text is not a clock time.
    public init?(clockText text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              hour >= 0, hour < 48, (0..<60).contains(minute)
        else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) : 0
        guard let second, (0..<60).contains(second) else { return nil }
        self = .clock(hour: hour, minute: minute, second: second)
    }

    /// The wall-clock offset in minutes from local midnight (for `.clock`) or the raw minutes.
    public var nominalMinutes: Double {
        switch self {
        case .minutes(let value): value
        case .clock(let hour, let minute, let second): Double(hour * 60 + minute) + Double(second) / 60
        }
    }
}

extension TimePoint: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .minutes(number)
            return
        }
        guard let text = try? container.decode(String.self) else {
            throw DecodingError.typeMismatch(TimePoint.self, .init(
                codingPath: decoder.codingPath,
                debugDescription: "expected a clock time such as \"08:00\" or a number of minutes"))
        }
        guard let parsed = TimePoint(clockText: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "\"\(text)\" is not a clock time (expected HH:MM or HH:MM:SS)"))
        }
        self = parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .minutes(let value): try container.encode(value)
        case .clock(let hour, let minute, let second):
            let text = second == 0
                ? String(format: "%02d:%02d", hour, minute)
                : String(format: "%02d:%02d:%02d", hour, minute, second)
            try container.encode(text)
        }
    }
}
