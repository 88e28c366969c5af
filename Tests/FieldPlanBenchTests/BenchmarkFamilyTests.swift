import FieldPlanBench
import Testing

@Suite struct BenchmarkFamilyTests {
    @Test(arguments: [
        ("C101", "C1"), ("C208", "C2"), ("R112", "R1"), ("RC208", "RC2"), ("RC101", "RC1"),
        ("C1_2_1", "C1"), ("RC2_10_5", "RC2"), ("R1_4_10", "R1"),
    ])
    func solomonStyleNamesUseLettersAndFirstDigit(instance: String, family: String) {
        #expect(BenchmarkFamily.name(instance: instance, folder: "solomon") == family)
    }

    @Test(arguments: ["next-day", "city-morning", "X", "C1", "customers12a"])
    func otherNamesUseTheFolder(instance: String) {
        #expect(BenchmarkFamily.name(instance: instance, folder: "demo") == "demo")
    }
}
