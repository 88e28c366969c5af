import ArgumentParser
import FieldPlan

extension DistanceConvention: ExpressibleByArgument {}

extension ObjectiveSettings.Kind: ExpressibleByArgument {}

extension ScenarioFormat: ExpressibleByArgument {}
