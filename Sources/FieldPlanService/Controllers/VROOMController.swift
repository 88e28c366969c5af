import FieldPlan
import Foundation
import Hummingbird

/// `POST /vroom`: VROOM's JSON input in, VROOM-shaped output out, so clients of VROOM's HTTP
/// wrapper can switch by changing a URL. Runs through the same solver slots as `/v1/plans`.
struct VROOMController<Context: RequestContext> {
    let runner: any JobCoordinator
    let configuration: ServiceConfiguration

    func addRoutes(to router: Router<Context>) {
        router.post("/vroom", use: solve)
    }

    /// Reads the problem, solves it with `lns` for the default time limit and answers when done.
    @Sendable func solve(_ request: Request, context: Context) async throws -> Response {
        let data = try await RequestBody.data(of: request, limit: configuration.maxRequestBytes)
        let problem: VROOMProblem
        do throws(ScenarioError) {
            problem = try VROOMReader.read(data: data)
        } catch {
            throw error.problem(under: "", title: "The VROOM problem is invalid or uses unsupported features")
        }
        let scenario = problem.scenario
        if scenario.visits.count > configuration.maxVisits || scenario.technicians.count > configuration.maxTechnicians {
            throw ProblemDetails(
                .contentTooLarge, kind: .tooLarge, title: "The problem is too large",
                detail: "\(scenario.visits.count) jobs and \(scenario.technicians.count) vehicles; this server takes at most "
                    + "\(configuration.maxVisits) and \(configuration.maxTechnicians)")
        }
        do throws(ScenarioError) {
            _ = try Problem(scenario: scenario)
        } catch {
            throw error.problem(under: "", title: "The VROOM problem is invalid")
        }
        let started = ContinuousClock.now
        let plan = try await runner.solveNow(scenario, options: JobOptions(timeLimit: configuration.defaultTimeLimit))
        let elapsed = started.duration(to: .now)
        let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        return JSONBody.response(VROOMWriter.json(plan, problem: problem, solvingMilliseconds: milliseconds))
    }
}
