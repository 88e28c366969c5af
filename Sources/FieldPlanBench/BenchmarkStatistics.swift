/// Per-family and overall statistics of a benchmark's runs, per strategy.
public struct BenchmarkStatistics: Sendable, Hashable {
    /// Families in first-seen order.
    public var families: [String]
    /// Strategies in first-seen order.
    public var strategies: [String]
    /// Statistics per family and strategy, families in order, strategies in order within each.
    public var byFamily: [StrategyStatistics]
    /// Statistics per strategy over all families.
    public var overall: [StrategyStatistics]
    /// The runs the validator rejected, in run order.
    public var invalidRuns: [RunRecord]

    /// Aggregates `records`.
    public init(records: [RunRecord]) {
        families = Self.ordered(records.map(\.family))
        strategies = Self.ordered(records.map(\.strategy))
        var byFamily: [StrategyStatistics] = []
        for family in families {
            for strategy in strategies {
                let group = records.filter { $0.family == family && $0.strategy == strategy }
                if !group.isEmpty {
                    byFamily.append(StrategyStatistics(family: family, strategy: strategy, records: group))
                }
            }
        }
        self.byFamily = byFamily
        overall = strategies.map { strategy in
            StrategyStatistics(family: nil, strategy: strategy, records: records.filter { $0.strategy == strategy })
        }
        invalidRuns = records.filter { !$0.valid }
    }

    /// The statistics of one family (`nil`: overall) and strategy, if it has runs.
    public func statistics(family: String?, strategy: String) -> StrategyStatistics? {
        (family == nil ? overall : byFamily).first { $0.family == family && $0.strategy == strategy }
    }

    /// Distinct values in first-seen order.
    static func ordered(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
