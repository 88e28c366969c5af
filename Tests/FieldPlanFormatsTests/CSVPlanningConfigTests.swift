import FieldPlanFormats
import FieldPlanModel
import Foundation
import Testing

/// The planning configuration and contract tiers.
@Suite struct CSVPlanningConfigTests {
    private let yaml = """
        timeZone: Europe/Berlin
        travel: {kind: geographic, speedKmh: 25, profiles: {bike: {speedFactor: 0.6}}}
        businessHours: {start: "08:00", end: "17:00", days: [mon, tue, wed, thu, fri]}
        contracts:
          gold: {respondWithinHours: 4, penaltyPerMinute: 2}
          silver: {respondBy: next-business-day}
          rush: {respondWithinHours: 2, hours: elapsed, hard: true}
        search: {strategy: regret, timeLimit: 3}
        """

    private func berlin(_ text: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        return calendar.date(from: LocalDateTime(text: text)!.components)!
    }

    @Test func readsEverySection() throws {
        let config = try PlanningConfigReader.read(data: Data(yaml.utf8), name: "planning.yaml")
        #expect(config.timeZone == "Europe/Berlin")
        #expect(config.travel.speedKmh == 25)
        #expect(config.travel.profiles["bike"]?.speedFactor == 0.6)
        #expect(config.contracts["gold"]?.penaltyPerMinute == 2)
        #expect(config.search.strategy == "regret")
        #expect(config.businessHours.timeZone.identifier == "Europe/Berlin")
    }

    @Test func goldCountsBusinessHoursOnly() throws {
        let config = try PlanningConfigReader.read(data: Data(yaml.utf8), name: "planning.yaml")
        let gold = try #require(config.contracts["gold"])
        // Friday 15:00 + 4 business hours: 2 h on Friday, 2 h from Monday 08:00.
        #expect(gold.deadline(requested: berlin("2026-11-27 15:00"), businessHours: config.businessHours) == berlin("2026-11-30 10:00"))
        // Sunday evening: the clock starts on Monday at 08:00.
        #expect(gold.deadline(requested: berlin("2026-11-29 18:40"), businessHours: config.businessHours) == berlin("2026-11-30 12:00"))
        let rush = try #require(config.contracts["rush"])
        #expect(rush.deadline(requested: berlin("2026-11-29 23:00"), businessHours: config.businessHours) == berlin("2026-11-30 01:00"))
    }

    @Test func silverEndsTheNextBusinessDay() throws {
        let config = try PlanningConfigReader.read(data: Data(yaml.utf8), name: "planning.yaml")
        let silver = try #require(config.contracts["silver"])
        #expect(silver.deadline(requested: berlin("2026-11-27 15:20"), businessHours: config.businessHours) == berlin("2026-11-30 17:00"))
        #expect(silver.deadline(requested: berlin("2026-11-30 07:00"), businessHours: config.businessHours) == berlin("2026-12-01 17:00"))
    }

    @Test func businessHoursFollowTheDaylightSavingChange() throws {
        let config = try PlanningConfigReader.read(data: Data(yaml.utf8), name: "planning.yaml")
        let gold = try #require(config.contracts["gold"])
        // Sunday 2026-10-25 (clocks go back) is no business day: Monday 08:00 + 4 h.
        #expect(gold.deadline(requested: berlin("2026-10-24 20:00"), businessHours: config.businessHours) == berlin("2026-10-26 12:00"))
    }

    @Test func unknownKeysAndBadValuesAreLocatedByPath() {
        let bad = "timeZone: Europe/Berlin\ncontracts:\n  gold: {respondWithin: 4}\ntravel: {speed: 3}\n"
        #expect {
            try PlanningConfigReader.read(data: Data(bad.utf8), name: "p.yaml")
        } throws: { error in
            (error as? ScenarioError)?.issues.map(\.location) == ["contracts.gold.respondWithin", "travel.speed"]
        }
        #expect(throws: ScenarioError.self) {
            try PlanningConfigReader.read(data: Data("timeZone: Mars/Base\n".utf8), name: "p.yaml")
        }
    }
}
