import FieldPlanBench
import Testing

@Suite struct BestKnownTableTests {
    @Test func parsesCRLFWithExtraColumns() throws {
        let text = "instance,vehicles,distance,source\r\nC101,10,827.3,\"CVRPLIB, DIMACS\"\r\nR101,20,1637.7,x\r\n\r\n"
        let table = try BestKnownTable.parse(text)
        #expect(table.values.count == 2)
        #expect(table["C101"] == BestKnownValue(vehicles: 10, distance: 827.3))
        #expect(table["R101"]?.distance == 1637.7)
        #expect(table["R101"]?.vehicles == 20)
    }

    @Test func columnsAreFoundByNameAndVehiclesAreOptional() throws {
        let table = try BestKnownTable.parse("distance,instance\n100.5,X1\n")
        #expect(table["X1"] == BestKnownValue(vehicles: nil, distance: 100.5))
    }

    @Test func aBadDistanceIsLocated() {
        #expect(throws: BenchmarkError.self) {
            try BestKnownTable.parse("instance,distance\r\nC101,abc\r\n")
        }
        do {
            _ = try BestKnownTable.parse("instance,distance\r\nC101,abc\r\n", path: "bks.csv")
        } catch {
            #expect(error.description.hasPrefix("bks.csv:2:"))
        }
    }

    @Test func theShippedSolomonTableReads() throws {
        let table = try BestKnownTable.read(contentsOf: BenchFixtures.solomonFolder + "/bks.csv")
        #expect(table.values.count == 56)
        #expect(table["C101"]?.distance == 827.3)
    }
}
