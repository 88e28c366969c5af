import FieldPlan
import PropertyBased

/// A small random scenario, described by numbers the property checker can shrink: a few
/// technicians on a 40 × 40 plane and a few visits with windows, skills, deadlines, follow-ups,
/// optional and mandatory ones.
struct ScenarioRecipe: Sendable, CustomStringConvertible {
    /// One visit's numbers.
    struct VisitRecipe: Sendable {
        var x: Int, y: Int
        var duration: Int
        /// Window start and width in minutes; a width of 0 means no window.
        var windowStart: Int, windowWidth: Int
        /// Required level of skill `gas`; 0 means no skill needed.
        var gasLevel: Int
        var mandatory: Bool
        /// A soft deadline this many minutes after 08:00; 0 means none.
        var deadline: Int
        /// Follows up on the visit before it (ignored for the first).
        var followsPrevious: Bool
    }

    /// One technician's numbers.
    struct TechnicianRecipe: Sendable {
        var x: Int, y: Int
        var gasLevel: Int
        /// Shift length in minutes from 08:00.
        var shiftLength: Int
        var takesBreak: Bool
    }

    var technicians: [TechnicianRecipe]
    var visits: [VisitRecipe]

    var description: String { "\(technicians.count) technicians, \(visits.count) visits: \(visits)" }

    /// Recipes of 1–3 technicians and 1–`maxVisits` visits. The defaults give breaks and
    /// follow-ups; `generator(maxVisits: 4, breakRate: 0, followUpRate: 0)` gives instances small
    /// enough for `mip` to prove optimal in a moment.
    static func generator(maxVisits: Int = 7, breakRate: Float = 0.3, followUpRate: Float = 0.2)
        -> Generator<ScenarioRecipe, some Sequence & SendableMetatype>
    {
        let technician = zip(
            Gen.int(in: 0...40), Gen.int(in: 0...40), Gen.int(in: 0...2), Gen.int(in: 120...600),
            Gen.bool(breakRate)
        ).map { TechnicianRecipe(x: $0, y: $1, gasLevel: $2, shiftLength: $3, takesBreak: $4) }
        let visit = zip(
            Gen.int(in: 0...40), Gen.int(in: 0...40), Gen.int(in: 0...45), Gen.int(in: 0...400),
            Gen.int(in: 0...240), Gen.int(in: 0...2), Gen.bool(0.3), Gen.int(in: 0...300),
            Gen.bool(followUpRate)
        ).map {
            VisitRecipe(x: $0, y: $1, duration: $2, windowStart: $3, windowWidth: $4, gasLevel: $5,
                        mandatory: $6, deadline: $7, followsPrevious: $8)
        }
        return zip(technician.array(of: 1...3), visit.array(of: 1...maxVisits))
            .map { ScenarioRecipe(technicians: $0, visits: $1) }
    }

    /// The scenario: clock times from 08:00 (480), the weighted objective.
    var scenario: Scenario {
        let day = 480
        let technicians = technicians.enumerated().map { index, recipe in
            Technician(
                id: "t\(index)", skills: recipe.gasLevel > 0 ? ["gas": recipe.gasLevel] : [:],
                start: .planar(x: Double(recipe.x), y: Double(recipe.y)),
                shift: Shift(start: .minutes(Double(day)), end: .minutes(Double(day + recipe.shiftLength))),
                breaks: recipe.takesBreak
                    ? [Break(duration: 30, earliestStart: .minutes(Double(day + 180)),
                             latestStart: .minutes(Double(day + 240)))]
                    : [],
                allowedOvertime: 30, overtimeCostPerHour: 60)
        }
        let visits = visits.enumerated().map { index, recipe in
            Visit(
                id: "v\(index)", location: .planar(x: Double(recipe.x), y: Double(recipe.y)),
                duration: Double(recipe.duration),
                skills: recipe.gasLevel > 0 ? ["gas": recipe.gasLevel] : [:],
                timeWindows: recipe.windowWidth > 0
                    ? [TimeWindow(start: .minutes(Double(day + recipe.windowStart)),
                                  end: .minutes(Double(day + recipe.windowStart + recipe.windowWidth)))]
                    : [],
                sla: recipe.deadline > 0
                    ? ServiceLevel(deadline: .minutes(Double(day + recipe.deadline)), hard: false, penaltyPerMinute: 2)
                    : nil,
                mandatory: recipe.mandatory,
                followUp: index > 0 && recipe.followsPrevious ? FollowUp(after: "v\(index - 1)", minGap: 15) : nil)
        }
        return Scenario(name: "property", technicians: technicians, visits: visits)
    }
}
