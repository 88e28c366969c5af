import Foundation

extension BenchmarkRunner {
    /// Writes `runs.csv`, `summary.md` and `report.html` (and `comparison.txt` when a comparison is
    /// given) into `directory`, creating it when needed; returns the paths written.
    /// - Throws: ``BenchmarkError/unwritableOutput(path:reason:)``.
    @discardableResult
    public static func writeOutputs(
        _ records: [RunRecord], to directory: String, comparison: BenchmarkComparison? = nil
    ) throws(BenchmarkError) -> [String] {
        let folder = URL(fileURLWithPath: directory)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .unwritableOutput(path: directory, reason: error.localizedDescription)
        }
        var files: [(String, String)] = [
            ("runs.csv", RunsCSV.text(records)),
            ("summary.md", SummaryMarkdown.render(records)
                + (comparison.map { "\n## Compared with the previous runs\n\n" + $0.markdown } ?? "")),
            ("report.html", HTMLReport.render(records, comparison: comparison)),
        ]
        if let comparison { files.append(("comparison.txt", comparison.text)) }
        var written: [String] = []
        for (name, text) in files {
            let path = folder.appendingPathComponent(name).path
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                throw .unwritableOutput(path: path, reason: error.localizedDescription)
            }
            written.append(path)
        }
        return written
    }
}
