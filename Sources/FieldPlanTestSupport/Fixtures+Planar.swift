import FieldPlanModel

extension Fixtures {
    /// One technician at x = 0 and three visits on a line at x = 10, 20, 30.
    ///
    /// Euclidean travel (1 minute per unit), 5-minute visits with the window [0, 480], shift
    /// [0, 480], objective kind `distance`. The route t1: v1, v2, v3 departs at 0, starts the
    /// visits at 10, 25 and 40, is back at 75 and costs 60 (its distance).
    public static var line: Scenario {
        Scenario(
            name: "line",
            travel: TravelSettings(kind: .euclidean),
            objective: ObjectiveSettings(kind: .distance),
            technicians: [
                Technician(id: "t1", start: at(0, 0), shift: Shift(start: .minutes(0), end: .minutes(480))),
            ],
            visits: [10.0, 20, 30].enumerated().map { index, x in
                Visit(id: "v\(index + 1)", location: at(x, 0), duration: 5, timeWindows: [window(0, 480)])
            })
    }

    /// Two technicians ten units north and south of the origin, two visits on each side.
    ///
    /// Objective kind `distance`; 10-minute visits, shifts [0, 480]. North serves n1 (10, 10)
    /// and n2 (20, 10), south s1 (10, −10) and s2 (20, −10): each route is 40 long, total 80.
    public static var twoTechnicians: Scenario {
        let shift = Shift(start: .minutes(0), end: .minutes(480))
        return Scenario(
            name: "two technicians",
            objective: ObjectiveSettings(kind: .distance),
            technicians: [
                Technician(id: "north", start: at(0, 10), shift: shift),
                Technician(id: "south", start: at(0, -10), shift: shift),
            ],
            visits: [
                Visit(id: "n1", location: at(10, 10), duration: 10),
                Visit(id: "n2", location: at(20, 10), duration: 10),
                Visit(id: "s1", location: at(10, -10), duration: 10),
                Visit(id: "s2", location: at(20, -10), duration: 10),
            ])
    }

    /// Three technicians at the origin whose skills only partly cover the visits.
    ///
    /// `senior` has gas 3 and electrical 1, `junior` gas 1, `electrician` electrical 2.
    /// `boiler` needs gas 2 (senior only), `meter` gas 1 (senior or junior), `wiring`
    /// electrical 2 (electrician only), `lamp` electrical 1 (senior or electrician).
    /// Objective kind `distance`; 20-minute visits; shifts [0, 480]. A valid plan: senior serves
    /// boiler and meter, electrician wiring and lamp (junior stays home).
    public static var skills: Scenario {
        let shift = Shift(start: .minutes(0), end: .minutes(480))
        return Scenario(
            name: "skills",
            skills: ["gas", "electrical"],
            objective: ObjectiveSettings(kind: .distance),
            technicians: [
                Technician(id: "senior", skills: ["gas": 3, "electrical": 1], start: at(0, 0), shift: shift),
                Technician(id: "junior", skills: ["gas": 1], start: at(0, 0), shift: shift),
                Technician(id: "electrician", skills: ["electrical": 2], start: at(0, 0), shift: shift),
            ],
            visits: [
                Visit(id: "boiler", location: at(10, 0), duration: 20, skills: ["gas": 2]),
                Visit(id: "meter", location: at(0, 10), duration: 20, skills: ["gas": 1]),
                Visit(id: "wiring", location: at(-10, 0), duration: 20, skills: ["electrical": 2]),
                Visit(id: "lamp", location: at(0, -10), duration: 20, skills: ["electrical": 1]),
            ])
    }

    /// One technician with a 30-minute lunch break to start between 720 and 780 (12:00–13:00).
    ///
    /// Shift [480, 1020], four 60-minute visits at x = 10, 20, 30, 40 with no windows; objective
    /// kind `distance`. With the break after b: a 490–550, b 560–620, c 630–690, d 700–760, and
    /// the break must start by 780, so `t1: a, b, c, d, <break>` takes it at 760 and is back at 830.
    public static var breaks: Scenario {
        Scenario(
            name: "breaks",
            objective: ObjectiveSettings(kind: .distance),
            technicians: [
                Technician(
                    id: "t1", start: at(0, 0), shift: Shift(start: .minutes(480), end: .minutes(1020)),
                    breaks: [Break(duration: 30, earliestStart: .minutes(720), latestStart: .minutes(780))]),
            ],
            visits: ["a", "b", "c", "d"].enumerated().map { index, id in
                Visit(id: id, location: at(Double(index + 1) * 10, 0), duration: 60)
            })
    }

    /// An inspection and its repair (at least 60 minutes later, same technician), and a survey
    /// and its installation (at least 120 minutes later, any technician).
    ///
    /// Technicians `ana` and `ben` at the origin, shifts [0, 600]; objective kind `distance`.
    /// inspect (10, 0) 30 min, repair (20, 0) 60 min, survey (0, 10) 30 min, install (0, 20) 60 min.
    /// A valid plan: ana inspect 10–40, repair 100–160; ben survey 10–40, install 160–220.
    public static var followUps: Scenario {
        let shift = Shift(start: .minutes(0), end: .minutes(600))
        return Scenario(
            name: "follow-ups",
            objective: ObjectiveSettings(kind: .distance),
            technicians: [
                Technician(id: "ana", start: at(0, 0), shift: shift),
                Technician(id: "ben", start: at(0, 0), shift: shift),
            ],
            visits: [
                Visit(id: "inspect", location: at(10, 0), duration: 30),
                Visit(id: "repair", location: at(20, 0), duration: 60,
                      followUp: FollowUp(after: "inspect", minGap: 60, sameTechnician: true)),
                Visit(id: "survey", location: at(0, 10), duration: 30),
                Visit(id: "install", location: at(0, 20), duration: 60,
                      followUp: FollowUp(after: "survey", minGap: 120)),
            ])
    }

    /// The first route of the best-known Solomon C101 solution, without customers 11 and 75.
    ///
    /// Depot (40, 50), customers 1–10 with their C101 coordinates, demands, windows and 90-minute
    /// service; capacity 200, horizon [0, 1236]; objective kind `distance`. The route
    /// 5, 3, 7, 8, 10, 9, 6, 4, 2, 1 is time-feasible; its length is 58.1 truncated per arc
    /// (`DistanceConvention.dimacs`) and about 58.326 exact.
    public static var solomonC101Route: Scenario {
        let customers: [(id: Int, x: Double, y: Double, demand: Double, ready: Double, due: Double)] = [
            (1, 45, 68, 10, 912, 967), (2, 45, 70, 30, 825, 870), (3, 42, 66, 10, 65, 146),
            (4, 42, 68, 10, 727, 782), (5, 42, 65, 10, 15, 67), (6, 40, 69, 20, 621, 702),
            (7, 40, 66, 20, 170, 225), (8, 38, 68, 20, 255, 324), (9, 38, 70, 10, 534, 605),
            (10, 35, 66, 10, 357, 410),
        ]
        return Scenario(
            name: "C101 route",
            objective: ObjectiveSettings(kind: .distance),
            technicians: [
                Technician(id: "vehicle-1", start: at(40, 50),
                           shift: Shift(start: .minutes(0), end: .minutes(1236)), capacity: 200),
            ],
            visits: customers.map { c in
                Visit(id: "\(c.id)", location: at(c.x, c.y), duration: 90,
                      timeWindows: [window(c.ready, c.due)], demand: c.demand)
            })
    }
}
