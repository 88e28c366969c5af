import FieldPlanModel
import Foundation

/// A duration (and distance) matrix from the user's routing engine, with the id of each row.
///
/// CSV: a square table whose header is an empty cell then the ids, each row an id then minutes
/// (`,anna,v1` / `anna,0,12` / `v1,11,0`). JSON: `{"ids": [...], "durations": [[...]],
/// "distances": [[...]]}` (distances optional). Ids are technician ids (their start) and visit ids.
public struct TravelMatrixFile: Sendable, Hashable {
    /// Row and column ids.
    public var ids: [String]
    /// Durations and distances.
    public var matrix: TravelMatrix

    /// Creates a matrix file's content.
    public init(ids: [String], matrix: TravelMatrix) {
        self.ids = ids
        self.matrix = matrix
    }

    private struct JSONForm: Decodable {
        var ids: [String]
        var durations: [[Double]]
        var distances: [[Double]]?
    }

    /// Reads a matrix file (`.json`, otherwise CSV).
    /// - Throws: ``ScenarioError`` naming the file, with located issues.
    public static func read(contentsOf path: String) throws(ScenarioError) -> TravelMatrixFile {
        let data = try InputFile.data(at: path)
        var issues: [ScenarioIssue] = []
        var result: TravelMatrixFile?
        if path.lowercased().hasSuffix(".json") {
            do {
                let form = try JSONDecoder().decode(JSONForm.self, from: data)
                result = TravelMatrixFile(ids: form.ids, matrix: TravelMatrix(durations: form.durations, distances: form.distances))
            } catch let error as DecodingError {
                issues.append(error.scenarioIssue)
            } catch {
                issues.append(ScenarioIssue(.syntax, at: ScenarioIssue.topLevel, "\(error)"))
            }
        } else {
            do throws(ScenarioError) {
                let table = try CSVParser.parse(data)
                let ids = table.records.first.map { $0.fields.dropFirst().map { $0.text.trimmingCharacters(in: .whitespaces) } } ?? []
                var durations: [[Double]] = []
                for (row, record) in table.records.dropFirst().enumerated() {
                    let rowID = record.fields.first?.text.trimmingCharacters(in: .whitespaces) ?? ""
                    if row < ids.count, rowID != ids[row] {
                        issues.append(ScenarioIssue(.invalidValue, at: "line \(record.line), column 1",
                                                    "row \(row + 1) is \"\(rowID)\" but column \(row + 1) is \"\(ids[row])\""))
                    }
                    var values: [Double] = []
                    for field in record.fields.dropFirst() {
                        let text = field.text.trimmingCharacters(in: .whitespaces)
                        guard let value = Double(text), value >= 0, value.isFinite else {
                            issues.append(ScenarioIssue(.wrongType, at: "line \(field.line), column \(field.column)",
                                                        "\"\(text)\" is not a duration in minutes ≥ 0"))
                            values.append(0)
                            continue
                        }
                        values.append(value)
                    }
                    durations.append(values)
                }
                result = TravelMatrixFile(ids: ids, matrix: TravelMatrix(durations: durations))
            } catch {
                issues += error.issues
            }
        }
        if let result, issues.isEmpty {
            let n = result.ids.count
            if result.matrix.durations.count != n || result.matrix.durations.contains(where: { $0.count != n }) {
                issues.append(ScenarioIssue(.invalidValue, at: ScenarioIssue.topLevel, "the matrix must be square with one row and column per id (\(n))"))
            }
            if Set(result.ids).count != n {
                issues.append(ScenarioIssue(.duplicateId, at: ScenarioIssue.topLevel, "an id appears twice in the matrix"))
            }
        }
        guard let result, issues.isEmpty else { throw ScenarioError(file: path, issues: issues) }
        return result
    }
}
