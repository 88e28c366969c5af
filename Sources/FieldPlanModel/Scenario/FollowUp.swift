/// A link saying a visit follows an earlier one: at least `minGap` minutes after it ends.
public struct FollowUp: Sendable, Hashable {
    /// The id of the visit that must come first.
    public var after: String
    /// Minutes between the end of the first visit and the start of this one.
    public var minGap: Double
    /// Both visits must be served by the same technician.
    public var sameTechnician: Bool

    /// Creates a follow-up link.
    public init(after: String, minGap: Double = 0, sameTechnician: Bool = false) {
        self.after = after
        self.minGap = minGap
        self.sameTechnician = sameTechnician
    }
}

extension FollowUp: Codable {
    private enum CodingKeys: String, CodingKey { case after, minGap, sameTechnician }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            after: try c.decode(String.self, forKey: .after),
            minGap: try c.decodeIfPresent(Double.self, forKey: .minGap) ?? 0,
            sameTechnician: try c.decodeIfPresent(Bool.self, forKey: .sameTechnician) ?? false)
    }
}
