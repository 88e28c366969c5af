/// Aggregates of one strategy's runs within a family (or over all families).
///
/// Only valid runs with a gap enter the gap statistics; every run enters `runs` and the mean time.
public struct StrategyStatistics: Sendable, Hashable {
    /// The family, or `nil` for all families together.
    public var family: String?
    /// The strategy.
    public var strategy: String
    /// Runs counted.
    public var runs: Int
    /// Runs whose plan the validator accepted.
    public var validRuns: Int
    /// Valid runs with a best-known value, the ones the gap statistics are over.
    public var runsWithGap: Int
    /// Mean gap in percent of valid runs.
    public var meanGap: Double?
    /// Median gap in percent of valid runs.
    public var medianGap: Double?
    /// Largest gap in percent of valid runs.
    public var maxGap: Double?
    /// Mean wall-clock seconds of all runs.
    public var meanSeconds: Double?
    /// Valid runs within 0.005 % of the best-known value.
    public var matchingBestKnown: Int

    /// Runs the validator rejected.
    public var invalidRuns: Int { runs - validRuns }

    /// Aggregates `records` (assumed to be one strategy's) under `family`.
    public init(family: String?, strategy: String, records: [RunRecord]) {
        self.family = family
        self.strategy = strategy
        runs = records.count
        validRuns = records.count { $0.valid }
        let gaps = records.filter(\.valid).compactMap(\.gapPercent).sorted()
        runsWithGap = gaps.count
        meanGap = gaps.isEmpty ? nil : gaps.reduce(0, +) / Double(gaps.count)
        medianGap = Self.median(ofSorted: gaps)
        maxGap = gaps.last
        meanSeconds = records.isEmpty ? nil : records.map(\.elapsedSeconds).reduce(0, +) / Double(records.count)
        matchingBestKnown = records.count { $0.matchesBestKnown }
    }

    /// The median of sorted values; the mean of the middle two for an even count.
    public static func median(ofSorted values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }
}
