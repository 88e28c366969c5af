import FieldPlanModel
import LinearProgramming

/// Writes the model an exact strategy would solve as CPLEX LP text, for debugging
/// (`fieldplan solve --write-model model.lp`).
public enum ExactModelWriter {
    /// Why no model could be written.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The strategy builds no linear model.
        case noModel(strategy: String)
        /// The strategy's model does not cover this scenario.
        case unsupported(strategy: String, reason: String)
        /// The model could not be turned into text.
        case invalidModel(String)

        /// A sentence for the user.
        public var description: String {
            switch self {
            case .noModel(let strategy): "the \(strategy) strategy builds no linear model (only mip and slots do)"
            case .unsupported(let strategy, let reason): "the \(strategy) model does not cover this scenario: \(reason)"
            case .invalidModel(let message): "the model could not be written: \(message)"
            }
        }
    }

    /// The LP text of the model `strategy` builds for `problem`.
    public static func lpText(strategy: String, problem: Problem) throws(Failure) -> String {
        let model: LinearModel
        switch strategy {
        case "mip":
            guard problem.visitCount <= MIPStrategy().maxVisits else {
                throw .unsupported(strategy: strategy, reason: "more than \(MIPStrategy().maxVisits) visits")
            }
            model = RoutingModel(problem: problem).model
        case "slots":
            let defaults = SlotStrategy()
            model = SlotModel(problem: problem, slotMinutes: defaults.slotMinutes, neighbours: defaults.neighbours).model
        default:
            throw .noModel(strategy: strategy)
        }
        do {
            return try model.lpText()
        } catch {
            throw .invalidModel(error.description)
        }
    }
}
