import Foundation

/// Acceptance by simulated annealing with a temperature falling geometrically from `initial` to
/// `final` over the run (SISR's criterion: accept when cost < current − T·ln U).
struct SimulatedAnnealing {
    /// Temperature at the start.
    let initial: Double
    /// Temperature at the end.
    let final: Double

    /// The temperature when `fraction` of the run is done.
    func temperature(at fraction: Double) -> Double {
        initial * pow(final / initial, min(1, max(0, fraction)))
    }

    /// Whether a candidate of cost `candidate` replaces the current one of cost `current`.
    func accepts(candidate: Double, current: Double, fraction: Double, random: inout SeededRandom) -> Bool {
        if candidate < current { return true }
        let threshold = -temperature(at: fraction) * log(max(random.unit(), 1e-300))
        return candidate < current + threshold
    }
}
