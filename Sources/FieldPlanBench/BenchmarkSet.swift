import FieldPlan
import Foundation

/// The instances a benchmark runs: scenario files from folders, files or glob patterns.
///
/// `Scenarios/solomon` takes every scenario file of the folder (`.txt`, `.vrp`, `.json`, `.yaml`,
/// `.yml`); `Scenarios/solomon/C1*.txt` takes the files matching the pattern (`*`, `?` and
/// `[…]` in any path component; only scenario files are taken); a plain file path takes that file. Instances are named after
/// their file without extension and grouped by ``BenchmarkFamily``; a `bks.csv` beside an instance
/// supplies its best-known value.
public struct BenchmarkSet: Sendable {
    /// File extensions taken from a folder.
    public static let scenarioExtensions: Set<String> = ["txt", "vrp", "json", "yaml", "yml"]

    /// The instances, in the order the arguments named them, each argument's files sorted by name.
    public var instances: [BenchmarkInstance]

    /// Creates a set from instances already loaded.
    public init(instances: [BenchmarkInstance]) {
        self.instances = instances
    }

    /// Loads the scenario files that `patterns` name; a file named twice is loaded once.
    /// - Throws: ``BenchmarkError`` when a pattern matches nothing or a file cannot be read.
    public static func load(_ patterns: [String]) throws(BenchmarkError) -> BenchmarkSet {
        var seen: Set<String> = []
        var tables: [String: BestKnownTable] = [:]
        var instances: [BenchmarkInstance] = []
        for pattern in patterns {
            let paths = files(matching: pattern)
            if paths.isEmpty { throw .noInstances(pattern: pattern) }
            for path in paths where seen.insert(URL(fileURLWithPath: path).standardizedFileURL.path).inserted {
                let url = URL(fileURLWithPath: path)
                let folderURL = url.deletingLastPathComponent()
                let folder = folderURL.standardizedFileURL.path
                if tables[folder] == nil {
                    let bksPath = folderURL.appendingPathComponent("bks.csv").path
                    tables[folder] = FileManager.default.fileExists(atPath: bksPath)
                        ? try BestKnownTable.read(contentsOf: bksPath) : BestKnownTable()
                }
                let scenario: Scenario
                do {
                    scenario = try ScenarioReader.read(contentsOf: path, format: nil)
                } catch {
                    throw .badScenario(path: path, error: error)
                }
                let name = url.deletingPathExtension().lastPathComponent
                let folderName = URL(fileURLWithPath: folder).lastPathComponent
                instances.append(BenchmarkInstance(
                    name: name, family: BenchmarkFamily.name(instance: name, folder: folderName),
                    path: path, scenario: scenario, bestKnown: tables[folder]?[name]))
            }
        }
        return BenchmarkSet(instances: instances)
    }

    /// The scenario files a folder, file or glob pattern names, sorted by path.
    public static func files(matching pattern: String) -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if !hasWildcard(pattern), manager.fileExists(atPath: pattern, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { return [pattern] }
            let entries = (try? manager.contentsOfDirectory(atPath: pattern)) ?? []
            return entries.filter { name in
                !name.hasPrefix(".") && scenarioExtensions.contains((name as NSString).pathExtension.lowercased())
            }.sorted().map { (pattern as NSString).appendingPathComponent($0) }
        }
        guard hasWildcard(pattern) else { return [] }
        let absolute = pattern.hasPrefix("/")
        var candidates = [absolute ? "/" : ""]
        for component in pattern.split(separator: "/").map(String.init) {
            var next: [String] = []
            for base in candidates {
                if !hasWildcard(component) {
                    next.append(join(base, component))
                    continue
                }
                let folder = base.isEmpty ? "." : base
                let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
                for entry in entries.sorted()
                where !(entry.hasPrefix(".") && !component.hasPrefix(".")) && wildcardMatches(component, entry) {
                    next.append(join(base, entry))
                }
            }
            candidates = next
        }
        return candidates.filter { path in
            var folder: ObjCBool = false
            return manager.fileExists(atPath: path, isDirectory: &folder) && !folder.boolValue
                && scenarioExtensions.contains((path as NSString).pathExtension.lowercased())
        }.sorted()
    }

    /// Whether a path or component holds a glob wildcard.
    static func hasWildcard(_ text: String) -> Bool {
        text.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    private static func join(_ base: String, _ component: String) -> String {
        base.isEmpty ? component : (base.hasSuffix("/") ? base + component : base + "/" + component)
    }

    /// Whether `name` matches the glob `pattern` (`*`, `?`, `[abc]`, `[a-z]`, `[!a]`).
    static func wildcardMatches(_ pattern: String, _ name: String) -> Bool {
        let p = Array(pattern), n = Array(name)
        func match(_ i: Int, _ j: Int) -> Bool {
            if i == p.count { return j == n.count }
            switch p[i] {
            case "*":
                return (j...n.count).contains { match(i + 1, $0) }
            case "?":
                return j < n.count && match(i + 1, j + 1)
            case "[":
                guard j < n.count, let close = p[(i + 1)...].firstIndex(of: "]") else {
                    return j < n.count && n[j] == "[" && match(i + 1, j + 1)
                }
                var set = Array(p[(i + 1)..<close])
                let negated = set.first == "!" || set.first == "^"
                if negated { set.removeFirst() }
                var found = false
                var k = 0
                while k < set.count {
                    if k + 2 < set.count, set[k + 1] == "-" {
                        if set[k] <= n[j] && n[j] <= set[k + 2] { found = true }
                        k += 3
                    } else {
                        if set[k] == n[j] { found = true }
                        k += 1
                    }
                }
                return found != negated && match(close + 1, j + 1)
            default:
                return j < n.count && p[i] == n[j] && match(i + 1, j + 1)
            }
        }
        return match(0, 0)
    }
}
