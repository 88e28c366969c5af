/// The subset-row cuts as the labelling sees them in one fleet's ``PricingNetwork``: per local
/// node, bit masks of the cuts whose triple holds it and of those that remember it, and the
/// penalty `−σ(c) ≥ 0` a route pays each time its state of cut c wraps (every second visit of the
/// triple).
struct PricingCuts: Sendable {
    /// 64-bit words per label state (0 when there are no cuts).
    let words: Int
    /// `member[j * words + w]`: cuts (bit b of word w is cut 64w + b) whose triple holds node j.
    let member: [UInt64]
    /// `keep[j * words + w]`: cuts whose memory holds node j (a pending half survives a visit).
    let keep: [UInt64]
    /// The penalty of each cut, `−σ(c)`.
    let penalty: [Double]

    /// No cuts.
    static let none = PricingCuts(words: 0, member: [], keep: [], penalty: [])

    private init(words: Int, member: [UInt64], keep: [UInt64], penalty: [Double]) {
        self.words = words
        self.member = member
        self.keep = keep
        self.penalty = penalty
    }

    /// The cuts of `cuts` with duals `sigma` (≤ 0, clamped) in `network`; `localOf[v]` is the
    /// local node of problem visit v (-1 when the fleet cannot serve it). Cuts with a zero dual
    /// are left out: they change no reduced cost.
    init(cuts: SubsetRowCuts, sigma: [Double], network: PricingNetwork, localOf: [Int]) {
        let active = cuts.cuts.indices.filter { sigma[$0] < 0 }
        let words = (active.count + 63) / 64, size = network.n + 2
        var member = [UInt64](repeating: 0, count: size * words)
        var keep = [UInt64](repeating: 0, count: size * words)
        for (bit, c) in active.enumerated() {
            let w = bit / 64, mask = UInt64(1) << UInt64(bit % 64)
            for v in cuts.cuts[c].triple where localOf[v] > 0 { member[localOf[v] * words + w] |= mask }
            for v in cuts.cuts[c].memory where localOf[v] > 0 { keep[localOf[v] * words + w] |= mask }
        }
        self.init(words: words, member: member, keep: keep, penalty: active.map { -sigma[$0] })
    }

    /// The penalty of the cuts set in `bits`, word `w`.
    @inline(__always) func penalty(of bits: UInt64, word w: Int) -> Double {
        var total = 0.0, rest = bits
        while rest != 0 {
            total += penalty[w * 64 + rest.trailingZeroBitCount]
            rest &= rest - 1
        }
        return total
    }
}
