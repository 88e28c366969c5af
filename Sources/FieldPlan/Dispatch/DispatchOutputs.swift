import FieldPlanModel
import Foundation

/// Writes a dispatch result's files into one folder: `plan.json` (with its scenario embedded),
/// `itineraries.csv`, one `<technician>.ics` per technician, `report.html`, and
/// `skipped-rows.txt` when input rows were skipped.
public struct DispatchOutputs: Sendable {
    /// The result to write.
    public var result: DispatchResult
    /// DTSTAMP of the calendars.
    public var stamp: Date

    /// Creates the writer.
    public init(result: DispatchResult, stamp: Date = Date()) {
        self.result = result
        self.stamp = stamp
    }

    /// The files' names and contents, in writing order.
    public func files() -> [(name: String, data: Data)] {
        let scenario = result.scenario, plan = result.plan
        var files: [(String, Data)] = [
            ("plan.json", PlanWriter.json(plan, scenario: scenario, reference: .embedded)),
            ("itineraries.csv", Data(ItineraryCSVWriter.csv(plan, scenario: scenario).utf8)),
        ]
        let calendars = ICSCalendarWriter(scenario: scenario, plan: plan, stamp: stamp)
        for technician in scenario.technicians {
            if let text = calendars.calendar(forTechnician: technician.id) {
                files.append((Self.fileName(technician.id) + ".ics", Data(text.utf8)))
            }
        }
        files.append(("report.html", Data(HTMLDayReport(scenario: scenario, plan: plan).render().utf8)))
        if !result.skipped.isEmpty {
            files.append(("skipped-rows.txt", Data((result.skipped.map(\.description).joined(separator: "\n") + "\n").utf8)))
        }
        return files
    }

    /// Writes every file into `directory` (created when missing); returns the paths written.
    @discardableResult
    public func write(to directory: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var paths: [String] = []
        for (name, data) in files() {
            let url = directory.appendingPathComponent(name)
            try data.write(to: url, options: .atomic)
            paths.append(url.path)
        }
        return paths
    }

    /// A file name from a technician id: letters, digits, `-`, `_` and `.` kept, others `_`.
    static func fileName(_ id: String) -> String {
        let kept = id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" }
        let name = String(kept)
        return name.isEmpty || name.hasPrefix(".") ? "technician-" + name : name
    }
}
