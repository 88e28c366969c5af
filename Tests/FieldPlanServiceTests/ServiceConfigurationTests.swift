import FieldPlanService
import Testing

@Suite struct ServiceConfigurationTests {
    @Test func openModeOnlyOnLoopbackWithoutKeys() {
        #expect(ServiceConfiguration(host: "127.0.0.1").isOpen)
        #expect(ServiceConfiguration(host: "localhost").isOpen)
        #expect(!ServiceConfiguration(host: "0.0.0.0").isOpen)
        #expect(!ServiceConfiguration(host: "127.0.0.1", apiKeys: ["k"]).isOpen)
    }
}
