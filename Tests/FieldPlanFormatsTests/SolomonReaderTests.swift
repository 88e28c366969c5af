import FieldPlanFormats
import FieldPlanModel
import Foundation
import Testing

@Suite("SolomonReader")
struct SolomonReaderTests {
    @Test func readsC101() throws {
        let scenario = try ScenarioReader.read(contentsOf: FormatFixtures.solomonPath("C101"))
        #expect(scenario.name == "C101")
        #expect(scenario.date == nil)
        #expect(scenario.visits.count == 100)
        #expect(scenario.technicians.count == 25)
        #expect(scenario.technicians.map(\.id).prefix(3) == ["1", "2", "3"])
        #expect(scenario.technicians.allSatisfy { $0.capacity == 200 })
        #expect(scenario.technicians.first?.start == .planar(x: 40, y: 50))
        #expect(scenario.technicians.first?.shift == Shift(start: .minutes(0), end: .minutes(1236)))
        #expect(scenario.travel.kind == .euclidean)
        #expect(scenario.travel.minutesPerUnit == 1)
        #expect(scenario.objective.kind == .distance)
        let first = try #require(scenario.visits.first)
        #expect(first.id == "1")
        #expect(first.location == .planar(x: 45, y: 68))
        #expect(first.duration == 90)
        #expect(first.demand == 10)
        #expect(first.mandatory)
        #expect(first.timeWindows == [TimeWindow(start: .minutes(912), end: .minutes(967))])
        #expect(ScenarioValidator.issues(in: scenario).isEmpty)
    }

    @Test func everyShippedInstanceReads() throws {
        let folder = FormatFixtures.packageRoot.appendingPathComponent("Scenarios/solomon")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(files.count == 56)
        for file in files {
            let scenario = try ScenarioReader.read(contentsOf: folder.appendingPathComponent(file).path)
            #expect(scenario.visits.count == 100, "\(file)")
        }
    }

    @Test func truncatedFileGivesLineNumberedError() throws {
        let text = try String(contentsOfFile: FormatFixtures.solomonPath("C101"), encoding: .utf8)
        let cut = String(text.prefix(while: { $0 != "\u{0}" }).prefix(800))
        let error = FormatFixtures.error(reading: cut, name: "C101-cut.txt", format: .solomon)
        let issue = try #require(error?.issues.first)
        #expect(error?.file == "C101-cut.txt")
        #expect(issue.code == .syntax)
        #expect(issue.location.hasPrefix("line "))
        #expect(issue.message.contains("expected 7 numbers"))
    }

    @Test func missingSectionsAndGarbage() {
        let noVehicle = FormatFixtures.error(reading: "C1\r\n\r\n", name: "x.txt", format: .solomon)
        #expect(noVehicle?.issues.first?.location == "line 1, column 3")
        #expect(noVehicle?.issues.first?.message.contains("expected VEHICLE") == true)
        let badNumber = "C1\nVEHICLE\nNUMBER CAPACITY\n 25 abc\nCUSTOMER\n"
        let issue = FormatFixtures.error(reading: badNumber, name: "x.txt", format: .solomon)?.issues.first
        #expect(issue?.code == .invalidValue)
        #expect(issue?.location == "line 4, column 5")
        for garbage in ["", "\u{0}\u{1}", "VEHICLE\nCUSTOMER", "C1\nVEHICLE\nNUMBER\n1 2\nCUSTOMER\nCUST\n"] {
            #expect(FormatFixtures.error(reading: garbage, name: "g.txt", format: .solomon) != nil)
        }
    }
}
