import FieldPlanModel
import FieldPlanSearch
import LinearProgramming

/// `slots`: assigns visits to (technician, time slot) with a MIP (``SlotModel``), then builds
/// each technician's day from that assignment by cheapest insertion and improves it with the
/// large-neighbourhood search; scales to hundreds of visits.
///
/// The MIP gets ``mipShare`` of the time limit and stops at a 1 % gap. Twin technicians share
/// one fleet in the MIP; a fleet's visits are then dealt to its members slot by slot, each going
/// to the member whose previous visit is nearest and whose slot still has room. Visits the MIP
/// leaves out, or that do not fit where it put them, are inserted wherever they fit best, so
/// the plan is always valid; when the MIP fails the strategy is plain insertion plus search.
public struct SlotStrategy: PlanningStrategy {
    /// The strategy's name.
    public let name = "slots"
    /// Length of a slot in minutes.
    public let slotMinutes: Double
    /// Neighbours averaged to estimate the travel a visit adds.
    public let neighbours: Int
    /// The MIP's share of the time limit.
    public let mipShare: Double

    /// Creates the strategy.
    public init(slotMinutes: Double = 120, neighbours: Int = 3, mipShare: Double = 0.3) {
        self.slotMinutes = slotMinutes
        self.neighbours = neighbours
        self.mipShare = mipShare
    }

    /// Plans the problem: slot assignment, then routing and improvement.
    public func plan(_ problem: Problem, context: SearchContext) -> Plan {
        let slots = SlotModel(problem: problem, slotMinutes: slotMinutes, neighbours: neighbours)
        let parameters = SolveParameters(
            timeLimit: mipShare * (context.options.timeLimit ?? 30), relativeGap: 0.01,
            verbose: context.options.verbose, shouldStop: { context.shouldStop() })
        var assignment = [Int](repeating: -1, count: problem.visitCount)
        if let result = try? GLPKSolver.solveMIP(slots.model, parameters: parameters), result.hasSolution {
            assignment = deal(slots, result: result)
        }
        var plan = PlanAssembler(problem: problem)
            .plan(assignment: assignment, improve: true, strategy: name, context: context)
        plan.summary.elapsedSeconds = context.elapsed()
        return plan
    }

    /// Hands each fleet's chosen visits to its members, slot by slot.
    private func deal(_ slots: SlotModel, result: SolveResult) -> [Int] {
        let p = slots.problem
        var assignment = [Int](repeating: -1, count: p.visitCount)
        let chosen = slots.choices.filter { (result.value(of: $0.variable) ?? 0) > 0.5 }
        for (f, members) in slots.fleets.enumerated() {
            var last = members.map { p.startNode($0) }
            let inFleet = chosen.filter { slots.slots[$0.slot].fleet == f }
            for k in Set(inFleet.map(\.slot)).sorted() {
                let slot = slots.slots[k]
                let room = Double(slot.end - slot.start) / Double(Problem.ticksPerMinute)
                var used = [Double](repeating: 0, count: members.count)
                let visits = inFleet.filter { $0.slot == k }.map(\.visit).sorted {
                    (firstWindowStart(p, $0), $0) < (firstWindowStart(p, $1), $1)
                }
                for v in visits {
                    let need = slots.work[f][v]
                    let open = members.indices.filter { used[$0] + need <= room + 1e-9 }
                    let candidates = open.isEmpty ? Array(members.indices) : open
                    guard let m = candidates.min(by: {
                        (p.travel(members[$0], last[$0], v), $0) < (p.travel(members[$1], last[$1], v), $1)
                    }) else { continue }
                    assignment[v] = members[m]
                    used[m] += need
                    last[m] = v
                }
            }
        }
        return assignment
    }

    private func firstWindowStart(_ p: Problem, _ v: Int) -> Int {
        p.windowOffsets[v] < p.windowOffsets[v + 1] ? p.windowStarts[p.windowOffsets[v]] : Problem.farPast
    }
}
