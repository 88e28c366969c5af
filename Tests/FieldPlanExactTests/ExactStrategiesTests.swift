import FieldPlanExact
import Testing

@Test func exactStrategyNamesAreUnique() {
    let names = ExactStrategies.all.map(\.name)
    #expect(Set(names).count == names.count)
}

@Test func exactStrategiesAreMIPSlotsThenSetPartitioning() {
    #expect(ExactStrategies.all.map(\.name) == ["mip", "slots", "lns+sp"])
}
