import FieldPlanModel

extension Fixtures {
    /// A realistic Monday in Berlin: three technicians, ten visits, every kind of constraint.
    ///
    /// Dated 2026-11-30 in Europe/Berlin (UTC+1 all day, so `"08:00"` is minute 480); geographic
    /// travel with detour factor 1.3 at 30 km/h; weighted objective with the default weights.
    ///
    /// - `anna` (Kreuzberg, gas 3, heating 2): 07:30–16:30, a 30-minute lunch to start in
    ///   11:30–13:30, up to 60 minutes of overtime at 45/h, 30/h, 0.3/km, 50 fixed, at most 6
    ///   visits, capacity 20 parts.
    /// - `ben` (Prenzlauer Berg, electrical 3, gas 1): 08:00–14:30, lunch in 12:00–13:30, up to
    ///   60 minutes of overtime at 42/h, works 10 % slower than standard, at most 9 hours, 28/h,
    ///   0.3/km, 40 fixed.
    /// - `cem` (Charlottenburg, a trainee with heating, electrical and gas 1): 09:00–15:00, open
    ///   end (the day ends at the last visit), 25 % slower, at most 4 visits, 22/h, 0.3/km.
    ///
    /// Visits: a mandatory gas-leak check with a hard 10:00 deadline, a heating repair with a soft
    /// 09:30 deadline (2 per minute late) and its same-technician follow-up 60 minutes later, a
    /// fuse board pinned to ben, a smart meter pinned to start at 14:00 (which puts ben into
    /// overtime), a thermostat anna may not do and cem is preferred for, a boiler service anna is
    /// preferred for, and a water heater far out in Spandau (gas 2, so only anna) worth leaving out
    /// at its penalty of 500.
    ///
    /// In the plan of ``fieldDayRoutes`` the repair starts about 16.3 minutes late and ben returns
    /// about 34.5 minutes after his shift end.
    public static var fieldDay: Scenario {
        let anna = Technician(
            id: "anna", name: "Anna Keller", skills: ["gas": 3, "heating": 2],
            start: .geographic(latitude: 52.4986, longitude: 13.4030),
            shift: Shift(start: clock("07:30"), end: clock("16:30")),
            breaks: [Break(duration: 30, earliestStart: clock("11:30"), latestStart: clock("13:30"))],
            allowedOvertime: 60, overtimeCostPerHour: 45, costPerHour: 30, costPerKm: 0.3, fixedCost: 50,
            maxVisits: 6, capacity: 20)
        let ben = Technician(
            id: "ben", name: "Ben Schulz", skills: ["electrical": 3, "gas": 1],
            start: .geographic(latitude: 52.5390, longitude: 13.4240),
            shift: Shift(start: clock("08:00"), end: clock("14:30")),
            breaks: [Break(duration: 30, earliestStart: clock("12:00"), latestStart: clock("13:30"))],
            maxWorkingTime: 540, allowedOvertime: 60, overtimeCostPerHour: 42, costPerHour: 28, costPerKm: 0.3,
            fixedCost: 40, workDurationFactor: 1.1)
        let cem = Technician(
            id: "cem", name: "Cem Aydin", skills: ["heating": 1, "electrical": 1, "gas": 1],
            start: .geographic(latitude: 52.5160, longitude: 13.3040), openEnd: true,
            shift: Shift(start: clock("09:00"), end: clock("15:00")),
            costPerHour: 22, costPerKm: 0.3, workDurationFactor: 1.25, maxVisits: 4)
        func place(_ latitude: Double, _ longitude: Double) -> Location {
            .geographic(latitude: latitude, longitude: longitude)
        }
        func window(_ start: String, _ end: String) -> TimeWindow {
            TimeWindow(start: clock(start), end: clock(end))
        }
        let visits = [
            Visit(id: "v01-boiler-service", customer: "Bäckerei Lindner", address: "Rosenthaler Str. 40",
                  location: place(52.5200, 13.4050), duration: 60, skills: ["gas": 2],
                  timeWindows: [window("08:00", "12:00")], priority: 2, preferredTechnicians: ["anna"],
                  demand: 4),
            Visit(id: "v02-gas-leak-check", customer: "Hausverwaltung Ost", address: "Boxhagener Str. 12",
                  location: place(52.5150, 13.4540), duration: 45, skills: ["gas": 3],
                  sla: ServiceLevel(deadline: clock("10:00"), hard: true), mandatory: true, demand: 2),
            Visit(id: "v03-heating-repair", customer: "Familie Yilmaz", address: "Karl-Marx-Str. 101",
                  location: place(52.4810, 13.4350), duration: 90, skills: ["heating": 2],
                  timeWindows: [window("09:00", "15:00")],
                  sla: ServiceLevel(deadline: clock("09:30"), penaltyPerMinute: 2), demand: 6),
            Visit(id: "v04-heating-follow-up", customer: "Familie Yilmaz", address: "Karl-Marx-Str. 101",
                  location: place(52.4812, 13.4352), duration: 30, skills: ["heating": 1],
                  followUp: FollowUp(after: "v03-heating-repair", minGap: 60, sameTechnician: true), demand: 1),
            Visit(id: "v05-socket-install", customer: "Café Kollwitz", address: "Kollwitzstr. 50",
                  location: place(52.5410, 13.4120), duration: 60, skills: ["electrical": 2],
                  timeWindows: [window("08:00", "11:00")]),
            Visit(id: "v06-fuse-board", customer: "Kita Sonnenschein", address: "Müllerstr. 140",
                  location: place(52.5500, 13.3600), duration: 120, skills: ["electrical": 3],
                  mandatory: true, pinnedTechnician: "ben"),
            Visit(id: "v07-smart-meter", customer: "Praxis Dr. Brandt", address: "Turmstr. 21",
                  location: place(52.5300, 13.3400), duration: 45, skills: ["electrical": 1],
                  timeWindows: [window("13:00", "15:00")], pinnedStart: clock("14:00")),
            Visit(id: "v08-thermostat", customer: "Herr Nowak", address: "Akazienstr. 7",
                  location: place(52.4840, 13.3530), duration: 30, skills: ["heating": 1],
                  timeWindows: [window("10:00", "14:00")], preferredTechnicians: ["cem"],
                  excludedTechnicians: ["anna"]),
            Visit(id: "v09-radiator-bleed", customer: "Frau Becker", address: "Uhlandstr. 88",
                  location: place(52.4870, 13.3190), duration: 30, skills: ["heating": 1],
                  sla: ServiceLevel(deadline: clock("12:00"))),
            Visit(id: "v10-water-heater", customer: "Gärtnerei Haas", address: "Falkenseer Chaussee 200",
                  location: place(52.5360, 13.2000), duration: 90, skills: ["gas": 2],
                  timeWindows: [window("15:00", "16:00")], penalty: 500, demand: 3),
        ]
        return Scenario(
            name: "Berlin field day", date: "2026-11-30", timeZone: "Europe/Berlin",
            skills: ["gas", "heating", "electrical"],
            travel: TravelSettings(kind: .geographic, detourFactor: 1.3, speedKmh: 30),
            objective: ObjectiveSettings(kind: .weighted),
            technicians: [anna, ben, cem], visits: visits)
    }

    /// A valid plan's visit sequences for ``fieldDay`` (v10 left out), for ``PlanBuilderForTests``.
    public static var fieldDayRoutes: KeyValuePairs<String, [String]> { [
        "anna": ["v02-gas-leak-check", "v01-boiler-service", "v03-heating-repair", PlanBuilderForTests.breakMarker,
                 "v04-heating-follow-up"],
        "ben": ["v05-socket-install", "v06-fuse-board", PlanBuilderForTests.breakMarker, "v07-smart-meter"],
        "cem": ["v09-radiator-bleed", "v08-thermostat"],
    ] }
}
