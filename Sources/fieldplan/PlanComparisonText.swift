import FieldPlan
import Foundation

/// The comparison `fieldplan compare` prints: a column per plan with the validator's figures and
/// the change from the first plan, then what each plan does differently.
struct PlanComparisonText {
    /// The compared plans.
    let comparison: PlanComparison
    /// Ids listed per kind of difference before "and N more".
    var listed = 12

    /// The comparison as text, ending with a newline.
    func render() -> String {
        let entries = comparison.entries
        var text = "\(comparison.scenario.name ?? "Scenario"): \(entries.count) plans, "
            + "changes against \(entries[0].name)\n"
        if Set(entries.map(\.plan.summary.distanceConvention)).count > 1 {
            text += "Note: the plans were solved in different distance conventions; each is costed in its own.\n"
        }
        return text + "\n" + figures() + entries.indices.dropFirst().map(differences).joined()
    }

    private func figures() -> String {
        let entries = comparison.entries
        var table = TextTable([("", .left)] + entries.map { ($0.name, .right) })
        func row(_ title: String, _ cell: (PlanComparison.Entry) -> String) {
            table.append([title] + entries.map(cell))
        }
        func number(_ title: String, _ format: String, _ value: (RecomputedCosts) -> Double) {
            row(title) { String(format: format, value($0.validation.recomputed)) }
            let first = value(entries[0].validation.recomputed)
            table.append(["  change", ""] + entries.dropFirst().map {
                Self.change(value($0.validation.recomputed) - first, format: format)
            })
        }
        row("strategy") { $0.plan.summary.strategy }
        row("verdict") { entry in
            let count = entry.validation.violations.count
            return count == 0 ? "valid" : "\(count) violation\(count == 1 ? "" : "s")"
        }
        number("cost", "%.2f") { $0.cost }
        row("routes") { "\($0.validation.recomputed.routes)" }
        row("visits served") { "\($0.validation.recomputed.assigned)" }
        row("visits left out") { "\($0.validation.recomputed.unassigned)" }
        row("mandatory left out") { "\($0.mandatoryLeftOut.count)" }
        number("distance", "%.1f") { $0.distance }
        number("travel minutes", "%.0f") { $0.travelTime }
        number("lateness minutes", "%.0f") { $0.lateness }
        number("overtime minutes", "%.0f") { $0.overtime }
        return table.render(indent: 0)
    }

    private func differences(at index: Int) -> String {
        let difference = comparison.difference(at: index)
        let name = comparison.entries[index].name, reference = comparison.entries[0].name
        guard !difference.isEmpty else { return "\n\(name) against \(reference): the same routes\n" }
        var text = "\n\(name) against \(reference): "
            + [
                "\(difference.reassigned.count) visits with another technician",
                "\(difference.leftOutOnlyHere.count) left out only here",
                "\(difference.servedOnlyHere.count) served only here",
                "\(difference.changedRoutes.count) routes changed",
            ].joined(separator: ", ") + "\n"
        text += list("another technician", difference.reassigned.map { "\($0.visit) (\($0.from) → \($0.to))" })
        text += list("left out only here", difference.leftOutOnlyHere)
        text += list("served only here", difference.servedOnlyHere)
        text += list("routes changed", difference.changedRoutes)
        return text
    }

    private func list(_ title: String, _ items: [String]) -> String {
        guard !items.isEmpty else { return "" }
        let more = items.count > listed ? ", and \(items.count - listed) more" : ""
        return "  \(title): " + items.prefix(listed).joined(separator: ", ") + more + "\n"
    }

    /// A signed change, or "=" when it rounds to zero in `format`.
    private static func change(_ delta: Double, format: String) -> String {
        let text = String(format: format, abs(delta))
        if Double(text) == 0 { return "=" }
        return (delta > 0 ? "+" : "−") + text
    }
}
