import FieldPlanFormats
import FieldPlanModel
import Foundation

/// Inputs for the format tests: a small scenario in JSON and YAML, and the package's files.
enum FormatFixtures {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The path of a Solomon instance shipped in `Scenarios/solomon`.
    static func solomonPath(_ instance: String) -> String {
        packageRoot.appendingPathComponent("Scenarios/solomon/\(instance).txt").path
    }

    /// A small dated scenario in JSON.
    static let json = """
    {
      "name": "Monday",
      "date": "2026-11-30",
      "timeZone": "Europe/Berlin",
      "skills": ["gas", "electrical"],
      "travel": {"kind": "euclidean", "minutesPerUnit": 2},
      "objective": {"kind": "weighted", "distance": 0.5},
      "technicians": [
        {"id": "t1", "name": "Ada", "skills": {"gas": 2}, "start": {"x": 0, "y": 0},
         "shift": {"start": "08:00", "end": "17:00"},
         "breaks": [{"duration": 30, "earliestStart": "12:00", "latestStart": "13:00"}],
         "capacity": 10}
      ],
      "visits": [
        {"id": "v1", "customer": "Bakery", "location": {"x": 3, "y": 4}, "duration": 30,
         "skills": {"gas": 1}, "timeWindows": [{"start": "09:00", "end": "12:00"}],
         "sla": {"deadline": "11:00", "penaltyPerMinute": 2}, "priority": 2, "demand": 1.5},
        {"id": "v2", "location": {"x": 6, "y": 8}, "duration": 45, "mandatory": true,
         "followUp": {"after": "v1", "minGap": 60}, "pinnedStart": 600}
      ]
    }
    """

    /// The same scenario in YAML.
    static let yaml = """
    # The same scenario as the JSON fixture.
    name: Monday
    date: 2026-11-30
    timeZone: Europe/Berlin
    skills: [gas, electrical]
    travel:
      kind: euclidean
      minutesPerUnit: 2
    objective:
      kind: weighted
      distance: 0.5
    technicians:
      - id: t1
        name: Ada
        skills: {gas: 2}
        start: {x: 0, y: 0}
        shift: {start: "08:00", end: 17:00}
        breaks:
          - duration: 30
            earliestStart: 12:00
            latestStart: "13:00"
        capacity: 10
    visits:
      - id: v1
        customer: Bakery
        location: {x: 3, y: 4}
        duration: 30
        skills: {gas: 1}
        timeWindows:
          - {start: 09:00, end: 12:00}
        sla: {deadline: 11:00, penaltyPerMinute: 2}
        priority: 2
        demand: 1.5
      - id: v2
        location: {x: 6, y: 8}
        duration: 45
        mandatory: true
        followUp: {after: v1, minGap: 60}
        pinnedStart: 600
    """

    /// A minimal valid scenario document with one visit whose JSON is `visit`.
    static func scenarioJSON(visit: String) -> String {
        """
        {
          "technicians": [{"id": "t1", "start": {"x": 0, "y": 0}, "shift": {"start": 480, "end": 1020}}],
          "visits": [
            \(visit)
          ]
        }
        """
    }

    /// Reads a scenario from text and returns the error it throws, if any.
    static func error(reading text: String, name: String = "test.json", format: ScenarioFormat? = nil) -> ScenarioError? {
        do {
            _ = try ScenarioReader.read(data: Data(text.utf8), name: name, format: format)
            return nil
        } catch {
            return error
        }
    }
}
