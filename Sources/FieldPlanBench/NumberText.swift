import Foundation

/// Fixed-point text of numbers for tables and charts; `–` for absent values.
enum NumberText {
    /// `value` with `digits` decimals, or `–`.
    static func fixed(_ value: Double?, _ digits: Int = 2) -> String {
        guard let value, value.isFinite else { return "–" }
        let text = String(format: "%.\(digits)f", value)
        return text == "-" + String(format: "%.\(digits)f", 0.0) ? String(format: "%.\(digits)f", 0.0) : text
    }

    /// A signed difference with `digits` decimals (`+0.12`), or `–`.
    static func signed(_ value: Double?, _ digits: Int = 2) -> String {
        guard let value, value.isFinite else { return "–" }
        let text = fixed(value, digits)
        return text.hasPrefix("-") ? text : "+" + text
    }

    /// A short tick label: as few decimals as the step needs.
    static func tick(_ value: Double, step: Double) -> String {
        var digits = 0
        while digits < 6 {
            let scaled = step * pow(10, Double(digits))
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { break }
            digits += 1
        }
        return fixed(value, digits)
    }
}
