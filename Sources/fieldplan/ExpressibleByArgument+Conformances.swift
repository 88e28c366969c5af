import ArgumentParser
import FieldPlan
import FieldPlanBench

extension DistanceConvention: ExpressibleByArgument {}

extension ObjectiveSettings.Kind: ExpressibleByArgument {}

extension ScenarioFormat: ExpressibleByArgument {}

extension ScenarioGenerator.Kind: ExpressibleByArgument {}

extension ScenarioGenerator.WindowStyle: ExpressibleByArgument {}
