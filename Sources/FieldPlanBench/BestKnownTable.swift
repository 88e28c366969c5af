import Foundation

/// Best-known values by instance name, read from a `bks.csv` beside the instances.
///
/// The file has a header with at least the columns `instance` and `distance` (`vehicles` is
/// optional, other columns are ignored); LF or CRLF line endings; blank lines are skipped.
public struct BestKnownTable: Sendable, Hashable {
    /// The values, keyed by instance name.
    public var values: [String: BestKnownValue]

    /// Creates a table.
    public init(values: [String: BestKnownValue] = [:]) {
        self.values = values
    }

    /// The value of an instance, if known.
    public subscript(instance: String) -> BestKnownValue? { values[instance] }

    /// Parses `bks.csv` text.
    /// - Throws: ``BenchmarkError/badBestKnownFile(path:line:message:)`` on a missing column or a
    ///   value that is not a number.
    public static func parse(_ text: String, path: String = "bks.csv") throws(BenchmarkError) -> BestKnownTable {
        var lines = text.split(whereSeparator: \.isNewline).enumerated().filter {
            !$0.element.allSatisfy(\.isWhitespace)
        }.makeIterator()
        guard let header = lines.next() else { return BestKnownTable() }
        let columns = CSVLine.fields(String(header.element)).map {
            $0.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "\u{FEFF}", with: "")
        }
        guard let instanceColumn = columns.firstIndex(of: "instance"),
              let distanceColumn = columns.firstIndex(of: "distance")
        else {
            throw .badBestKnownFile(path: path, line: header.offset + 1,
                                    message: "the header needs the columns instance and distance")
        }
        let vehiclesColumn = columns.firstIndex(of: "vehicles")
        var values: [String: BestKnownValue] = [:]
        while let (offset, line) = lines.next() {
            let fields = CSVLine.fields(String(line)).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count > max(instanceColumn, distanceColumn) else {
                throw .badBestKnownFile(path: path, line: offset + 1, message: "too few columns")
            }
            guard let distance = Double(fields[distanceColumn]), distance.isFinite, distance > 0 else {
                throw .badBestKnownFile(path: path, line: offset + 1,
                                        message: "distance \"\(fields[distanceColumn])\" is not a positive number")
            }
            let vehicles = vehiclesColumn.flatMap { $0 < fields.count ? Int(fields[$0]) : nil }
            values[fields[instanceColumn]] = BestKnownValue(vehicles: vehicles, distance: distance)
        }
        return BestKnownTable(values: values)
    }

    /// Reads a `bks.csv` file.
    /// - Throws: ``BenchmarkError`` when the file cannot be read or parsed.
    public static func read(contentsOf path: String) throws(BenchmarkError) -> BestKnownTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path)
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }
}
