/// How benchmark instances are grouped into families for statistics and reports.
///
/// Solomon-style names (`C101`, `RC208`) and Gehring–Homberger names (`C1_2_1`) belong to the
/// family made of their leading letters and first digit (`C1`, `RC2`); any other instance belongs
/// to the family named after its folder.
public enum BenchmarkFamily {
    /// The family of an instance called `instance` found in the folder called `folder`.
    public static func name(instance: String, folder: String) -> String {
        let characters = Array(instance)
        var index = 0
        while index < characters.count, characters[index].isASCII, characters[index].isLetter {
            index += 1
        }
        guard (1...3).contains(index), index + 1 < characters.count,
              characters[index].isASCII, characters[index].isNumber
        else { return folder }
        let rest = characters[(index + 1)...]
        guard rest.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "_" }) else { return folder }
        return String(characters[...index])
    }
}
