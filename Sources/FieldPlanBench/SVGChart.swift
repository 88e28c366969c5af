import FieldPlan
import Foundation

/// A small inline-SVG chart: title, axes with ticks and units, a legend, and drawn marks.
///
/// Marks are added in data coordinates; `render()` returns the `<svg>` element.
struct SVGChart {
    /// Colour-blind-safe colours (Okabe–Ito), one per series.
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999"]

    var title: String
    var xLabel: String
    var yLabel: String
    var xRange: ClosedRange<Double>
    var yRange: ClosedRange<Double>
    /// Category names for a categorical x axis, at x = 0, 1, 2, …
    var categories: [String]?
    var legend: [(name: String, color: String)] = []
    var note: String?
    var width: Double = 860
    var height: Double = 380
    private var marks: [String] = []

    init(
        title: String, xLabel: String, yLabel: String, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
        categories: [String]? = nil
    ) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xRange = xRange
        self.yRange = yRange
        self.categories = categories
        if let categories { width = max(860, 90 + 170 + Double(categories.count) * 18) }
    }

    private var left: Double { 70 }
    private var right: Double { width - 170 }
    private var top: Double { 40 }
    private var bottom: Double { height - (categories == nil ? 55 : 80) }

    /// Screen x of a data x.
    func x(_ value: Double) -> Double {
        let span = xRange.upperBound - xRange.lowerBound
        return left + (span > 0 ? (value - xRange.lowerBound) / span : 0.5) * (right - left)
    }

    /// Screen y of a data y, clamped into the plot.
    func y(_ value: Double) -> Double {
        let span = yRange.upperBound - yRange.lowerBound
        let clamped = min(max(value, yRange.lowerBound), yRange.upperBound)
        return bottom - (span > 0 ? (clamped - yRange.lowerBound) / span : 0.5) * (bottom - top)
    }

    /// Adds a line through points.
    mutating func line(_ points: [(Double, Double)], color: String) {
        guard points.count > 1 else {
            if let point = points.first { dot(point.0, point.1, color: color) }
            return
        }
        let path = points.map { "\(f(x($0.0))),\(f(y($0.1)))" }.joined(separator: " ")
        marks.append("<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(path)\"/>")
    }

    /// Adds a dot, with a tooltip.
    mutating func dot(_ px: Double, _ py: Double, color: String, radius: Double = 4, tooltip: String? = nil) {
        let tip = tooltip.map { "<title>\(HTMLEscaping.escape($0))</title>" } ?? ""
        marks.append(
            "<circle cx=\"\(f(x(px)))\" cy=\"\(f(y(py)))\" r=\"\(f(radius))\" fill=\"\(color)\" "
                + "fill-opacity=\"0.85\">\(tip)</circle>")
    }

    /// Adds a vertical whisker from `low` to `high` at `px`.
    mutating func whisker(_ px: Double, low: Double, high: Double, color: String) {
        marks.append(
            "<line x1=\"\(f(x(px)))\" x2=\"\(f(x(px)))\" y1=\"\(f(y(low)))\" y2=\"\(f(y(high)))\" "
                + "stroke=\"\(color)\" stroke-width=\"1.5\"/>")
    }

    /// Adds a cross marker (an invalid run), with a tooltip.
    mutating func cross(_ px: Double, _ py: Double, color: String, tooltip: String) {
        let cx = x(px), cy = y(py)
        marks.append(
            "<path d=\"M\(f(cx - 4)),\(f(cy - 4))L\(f(cx + 4)),\(f(cy + 4))M\(f(cx - 4)),\(f(cy + 4))L\(f(cx + 4)),"
                + "\(f(cy - 4))\" stroke=\"\(color)\" stroke-width=\"2\"><title>\(HTMLEscaping.escape(tooltip))</title></path>")
    }

    /// The `<svg>` element.
    func render() -> String {
        var parts: [String] = []
        parts.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" "
                + "viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTMLEscaping.escape(title))\" "
                + "font-family=\"system-ui, sans-serif\" font-size=\"12\">")
        parts.append("<rect x=\"0\" y=\"0\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"#ffffff\"/>")
        parts.append(
            "<text x=\"\(f(width / 2))\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"600\">"
                + "\(HTMLEscaping.escape(title))</text>")
        let (yTicks, yStep) = Self.ticks(yRange)
        for tick in yTicks {
            parts.append(
                "<line x1=\"\(f(left))\" x2=\"\(f(right))\" y1=\"\(f(y(tick)))\" y2=\"\(f(y(tick)))\" stroke=\"#e3e3e3\"/>")
            parts.append(
                "<text x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\" text-anchor=\"end\">"
                    + "\(NumberText.tick(tick, step: yStep))</text>")
        }
        if let categories {
            for (index, name) in categories.enumerated() {
                let cx = x(Double(index))
                parts.append("<line x1=\"\(f(cx))\" x2=\"\(f(cx))\" y1=\"\(f(bottom))\" y2=\"\(f(bottom + 4))\" stroke=\"#333\"/>")
                parts.append(
                    "<text transform=\"translate(\(f(cx + 4)),\(f(bottom + 8))) rotate(60)\" font-size=\"10\">"
                        + "\(HTMLEscaping.escape(name))</text>")
            }
        } else {
            let (xTicks, xStep) = Self.ticks(xRange)
            for tick in xTicks {
                parts.append(
                    "<line x1=\"\(f(x(tick)))\" x2=\"\(f(x(tick)))\" y1=\"\(f(bottom))\" y2=\"\(f(bottom + 4))\" stroke=\"#333\"/>")
                parts.append(
                    "<text x=\"\(f(x(tick)))\" y=\"\(f(bottom + 17))\" text-anchor=\"middle\">"
                        + "\(NumberText.tick(tick, step: xStep))</text>")
            }
        }
        parts.append(
            "<path d=\"M\(f(left)),\(f(top))V\(f(bottom))H\(f(right))\" fill=\"none\" stroke=\"#333\"/>")
        parts.append(contentsOf: marks)
        parts.append(
            "<text x=\"\(f((left + right) / 2))\" y=\"\(f(height - 8))\" text-anchor=\"middle\">"
                + "\(HTMLEscaping.escape(xLabel))</text>")
        parts.append(
            "<text transform=\"translate(16,\(f((top + bottom) / 2))) rotate(-90)\" text-anchor=\"middle\">"
                + "\(HTMLEscaping.escape(yLabel))</text>")
        for (index, entry) in legend.enumerated() {
            let ly = top + 10 + Double(index) * 18
            parts.append("<rect x=\"\(f(right + 16))\" y=\"\(f(ly - 9))\" width=\"12\" height=\"12\" fill=\"\(entry.color)\"/>")
            parts.append("<text x=\"\(f(right + 34))\" y=\"\(f(ly + 1))\">\(HTMLEscaping.escape(entry.name))</text>")
        }
        if let note {
            parts.append(
                "<text x=\"\(f(right + 16))\" y=\"\(f(top + 20 + Double(legend.count) * 18))\" font-size=\"10\" "
                    + "fill=\"#555\">\(HTMLEscaping.escape(note))</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// About five round tick values covering `range`, and their step.
    static func ticks(_ range: ClosedRange<Double>) -> ([Double], Double) {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite else { return ([range.lowerBound], 1) }
        let raw = span / 5
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        var ticks: [Double] = []
        var tick = (range.lowerBound / step).rounded(.up) * step
        while tick <= range.upperBound + step * 1e-9 {
            ticks.append(abs(tick) < step * 1e-9 ? 0 : tick)
            tick += step
        }
        return (ticks, step)
    }

    /// A range from `low` to a round value at or above `high`, never empty.
    static func niceRange(_ low: Double, _ high: Double) -> ClosedRange<Double> {
        let top = high > low ? high : low + 1
        let (_, step) = ticks(low...top)
        return low...max(top, (top / step).rounded(.up) * step)
    }

    private func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
