import FieldPlanModel

/// Small random planar scenarios with windows, from a seeded generator (SplitMix64).
struct TinyScenarios {
    private var state: UInt64

    /// A generator for `seed`.
    init(seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
    }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + Double(next() >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
    }

    private mutating func integer(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A scenario of 4–6 visits and 1–2 technicians, objective `distance`; some visits optional.
    ///
    /// With `weighted`, the objective is `weighted` and technicians have hourly, per-km, fixed and
    /// overtime costs, short shifts with overtime, a capacity and a visit limit; visits are optional,
    /// with demands and soft deadlines.
    mutating func scenario(weighted: Bool = false) -> Scenario {
        let shift = Shift(start: .minutes(0), end: .minutes(weighted ? 240 : 480))
        let technicians = (0..<integer(1...2)).map { index in
            var technician = Technician(
                id: "t\(index)", start: .planar(x: uniform(0...50), y: uniform(0...50)), shift: shift)
            if weighted {
                technician.allowedOvertime = 60
                technician.overtimeCostPerHour = 40
                technician.costPerHour = 20
                technician.costPerKm = 0.5
                technician.fixedCost = 30
                technician.capacity = 10
                technician.maxVisits = 3
            }
            return technician
        }
        let visits = (0..<integer(4...6)).map { index in
            let open = uniform(0...300).rounded()
            var visit = Visit(
                id: "v\(index)", location: .planar(x: uniform(0...50), y: uniform(0...50)),
                duration: uniform(5...30).rounded(),
                timeWindows: [TimeWindow(start: .minutes(open), end: .minutes(open + uniform(30...180).rounded()))],
                mandatory: integer(0...2) > 0)
            if weighted {
                visit.mandatory = false
                visit.demand = uniform(1...5).rounded()
                visit.sla = ServiceLevel(deadline: .minutes(open + 20), penaltyPerMinute: 1)
            }
            return visit
        }
        return Scenario(
            name: "tiny", travel: TravelSettings(kind: .euclidean),
            objective: ObjectiveSettings(kind: weighted ? .weighted : .distance), technicians: technicians,
            visits: visits)
    }

    /// A scenario of 4–7 visits and 1–2 technicians, objective `distance`, drawn from the seed:
    /// breaks (none, one or two rules; twins share them), skills with levels, no window, one or
    /// two windows, optional visits of priority 1–3, and sometimes a working-time limit, a visit limit or an open
    /// end. Without an hourly cost, so ``ValidatorBruteForce`` applies.
    mutating func mixed() -> Scenario {
        let shift = Shift(start: .minutes(0), end: .minutes(Double(integer(300...480))))
        let breakRules = integer(0...5)
        var breaks: [Break] = []
        if breakRules > 0 {
            let earliest = uniform(60...220).rounded()
            let latest = earliest + uniform(0...90).rounded()
            breaks.append(Break(duration: uniform(15...45).rounded(), earliestStart: .minutes(earliest),
                                latestStart: .minutes(latest)))
            if breakRules == 5 {
                let second = latest + uniform(20...80).rounded()
                breaks.append(Break(duration: uniform(10...20).rounded(), earliestStart: .minutes(second),
                                    latestStart: .minutes(second + uniform(0...60).rounded())))
            }
        }
        let withSkills = integer(0...1) == 1
        let twins = integer(0...1) == 1
        var technicians: [Technician] = []
        for index in 0..<integer(1...2) {
            if twins, var twin = technicians.first {
                twin.id = "t\(index)"
                technicians.append(twin)
                continue
            }
            var technician = Technician(
                id: "t\(index)", skills: withSkills ? ["gas": integer(1...2)] : [:],
                start: .planar(x: uniform(0...50), y: uniform(0...50)), shift: shift, breaks: breaks)
            if integer(0...3) == 0 { technician.maxWorkingTime = uniform(150...300).rounded() }
            if integer(0...3) == 0 { technician.maxVisits = integer(2...4) }
            if integer(0...5) == 0 { technician.openEnd = true }
            technicians.append(technician)
        }
        let visits = (0..<integer(4...7)).map { index in
            var windows: [TimeWindow] = []
            switch integer(0...5) {
            case 0:
                break
            case 1:
                let open = uniform(0...150).rounded()
                windows = [TimeWindow(start: .minutes(open), end: .minutes(open + 40)),
                           TimeWindow(start: .minutes(open + 120), end: .minutes(open + 200))]
            default:
                let open = uniform(0...300).rounded()
                windows = [TimeWindow(start: .minutes(open), end: .minutes(open + uniform(30...180).rounded()))]
            }
            return Visit(
                id: "v\(index)", location: .planar(x: uniform(0...50), y: uniform(0...50)),
                duration: uniform(5...30).rounded(), skills: withSkills && integer(0...2) == 0 ? ["gas": integer(1...2)] : [:],
                timeWindows: windows, priority: integer(1...3))
        }
        return Scenario(
            name: "tiny-mixed", travel: TravelSettings(kind: .euclidean),
            objective: ObjectiveSettings(kind: .distance), technicians: technicians, visits: visits)
    }
}
