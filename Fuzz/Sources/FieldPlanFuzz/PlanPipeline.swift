import FieldPlanFormats
import FieldPlanModel
import FieldPlanValidator
import Foundation

/// Reads plan documents against a fixed small scenario and validates what is read: the validator
/// must answer any plan, however wrong, with violations rather than a crash.
enum PlanPipeline {
    /// Two technicians, three visits, one with a window and a skill.
    static let scenario: Scenario = {
        let json = """
            {"date": "2026-11-30", "timeZone": "Europe/Berlin",
             "technicians": [
               {"id": "t1", "skills": {"gas": 2}, "start": {"x": 0, "y": 0}, "shift": {"start": "08:00", "end": "16:00"},
                "breaks": [{"duration": 30, "earliestStart": "12:00", "latestStart": "13:00"}]},
               {"id": "t2", "start": {"x": 5, "y": 5}, "shift": {"start": "09:00", "end": "17:00"}}],
             "visits": [
               {"id": "a", "location": {"x": 10, "y": 0}, "duration": 30, "skills": {"gas": 1}},
               {"id": "b", "location": {"x": 0, "y": 10}, "duration": 20,
                "timeWindows": [{"start": "10:00", "end": "11:00"}]},
               {"id": "c", "location": {"x": 10, "y": 10}, "duration": 15, "followUp": {"after": "a"}}]}
            """
        do {
            return try ScenarioReader.read(data: Data(json.utf8), name: "fuzz-plan-scenario.json")
        } catch {
            fatalError("the plan target's scenario does not read: \(error)")
        }
    }()

    /// Reads `data` as a plan and validates it.
    static func run(_ data: Data) {
        do {
            let plan = try PlanReader.read(data: data, name: "input.json", scenario: scenario)
            _ = PlanValidator(scenario: scenario).validate(plan)
        } catch {
            Promises.everyIssueIsLocated(error)
        }
    }
}
