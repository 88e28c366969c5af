import FieldPlanFormats
import FieldPlanModel
import FieldPlanTestSupport
import Foundation
import Testing

@Suite("HTML day report")
struct HTMLDayReportTests {
    /// Two working technicians, one idle, a visit left out; names with markup to be escaped;
    /// a dated scenario in Berlin so times show as local clock times.
    private let scenario = Scenario(
        name: "Day <1>", date: "2026-11-30", timeZone: "Europe/Berlin",
        travel: TravelSettings(kind: .geographic, detourFactor: 1.3, speedKmh: 30),
        technicians: [
            Technician(id: "anna", name: "Anna <b>", start: .geographic(latitude: 52.50, longitude: 13.40),
                       shift: Shift(start: .clock(hour: 8, minute: 0, second: 0), end: .clock(hour: 16, minute: 0, second: 0)),
                       breaks: [Break(duration: 30, earliestStart: .clock(hour: 11, minute: 0, second: 0),
                                      latestStart: .clock(hour: 13, minute: 0, second: 0))]),
            Technician(id: "ben", start: .geographic(latitude: 52.55, longitude: 13.35),
                       shift: Shift(start: .clock(hour: 9, minute: 0, second: 0), end: .clock(hour: 17, minute: 0, second: 0))),
            Technician(id: "cem", start: .geographic(latitude: 52.45, longitude: 13.45),
                       shift: Shift(start: .clock(hour: 9, minute: 0, second: 0), end: .clock(hour: 17, minute: 0, second: 0))),
        ],
        visits: [
            Visit(id: "v1", customer: "Müller & Söhne", location: .geographic(latitude: 52.51, longitude: 13.41),
                  duration: 60),
            Visit(id: "v2", customer: "\"Quote\" GmbH", location: .geographic(latitude: 52.52, longitude: 13.38),
                  duration: 45),
            Visit(id: "v3", location: .geographic(latitude: 52.56, longitude: 13.36), duration: 30, priority: 2),
            Visit(id: "v<4>", location: .geographic(latitude: 52.40, longitude: 13.50), duration: 30),
        ])

    private func plan() -> Plan {
        var plan = PlanBuilderForTests.plan(
            scenario, routes: ["anna": ["v1", PlanBuilderForTests.breakMarker, "v2"], "ben": ["v3"]])
        plan.unassigned = [LeftOutVisit(
            visit: "v<4>", reasons: [LeftOutReason(.notWorthIt, "cem could take it <cheaply>")], penalty: 10,
            options: [InsertionOption(technician: "cem", start: 600, extraCost: 40, extraTravelMinutes: 20,
                                      extraDistance: 9, extraOvertime: 0),
                      .impossible(technician: "anna", because: "no room in the route")])]
        return plan
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func hasAGanttRowAndAMapPathPerRouteAndTheLeftOutTable() {
        let html = HTMLDayReport(scenario: scenario, plan: plan()).render()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(count("class=\"gantt-row\"", in: html) == 2)
        #expect(html.contains("data-technician=\"anna\"") && html.contains("data-technician=\"ben\""))
        #expect(count("<path class=\"route\"", in: html) == 2)
        #expect(html.contains("<table class=\"left-out\">"))
        #expect(count("<tr><td>v&lt;4&gt;</td>", in: html) == 1)
        #expect(html.contains("class=\"break\""))
        #expect(html.contains("class=\"travel\"") && html.contains("class=\"work\""))
    }

    @Test func visitLeftOutPastTheTimeLimitSaysItWasNotAnalysed() {
        var late = plan()
        late.unassigned = [LeftOutVisit(
            visit: "v<4>", reasons: [LeftOutReason(.notAnalysed, "not computed in time")], penalty: 10)]
        let html = HTMLDayReport(scenario: scenario, plan: late).render()
        #expect(html.contains("<code>not-analysed</code>"))
        #expect(html.contains("<td>not analysed in time</td>"))
        #expect(!HTMLDayReport(scenario: scenario, plan: plan()).render().contains("not analysed in time"))
    }

    @Test func escapesEveryUserText() {
        let html = HTMLDayReport(scenario: scenario, plan: plan()).render()
        #expect(html.contains("Day &lt;1&gt;"))
        #expect(html.contains("Anna &lt;b&gt;"))
        #expect(html.contains("Müller &amp; Söhne"))
        #expect(html.contains("&quot;Quote&quot; GmbH"))
        #expect(html.contains("cem could take it &lt;cheaply&gt;"))
        #expect(!html.contains("Anna <b>") && !html.contains("v<4>") && !html.contains("<1>"))
    }

    @Test func showsLocalClockTimesOfTheScenarioZone() {
        let html = HTMLDayReport(scenario: scenario, plan: plan()).render()
        #expect(html.contains("times in Europe/Berlin"))
        // Anna's shift starts 08:00 Berlin time, 07:00 UTC.
        #expect(html.contains("<title>shift 08:00–16:00</title>"))
        #expect(!html.contains("<title>shift 07:00"))
    }

    @Test func needsNothingFromTheNetworkNorScripts() {
        let html = HTMLDayReport(scenario: scenario, plan: plan()).render()
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
            .contains("http://"))
        #expect(!html.contains("https://"))
    }

    @Test func tagsAreBalanced() throws {
        let html = HTMLDayReport(scenario: scenario, plan: plan()).render()
        #expect(try TagBalance.problems(in: html) == [])
    }

    @Test func tagBalanceCheckerFindsAnUnclosedTag() throws {
        #expect(try TagBalance.problems(in: "<div><p>text</div>") != [])
    }

    @Test func matrixScenarioHasNoMapButStillRenders() {
        let matrix = Scenario(
            travel: TravelSettings(kind: .matrix, matrix: TravelMatrix(durations: [[0, 5], [5, 0]])),
            technicians: [Technician(id: "t", start: .matrixIndex(0),
                                     shift: Shift(start: .minutes(480), end: .minutes(600)))],
            visits: [Visit(id: "v", location: .matrixIndex(1), duration: 10)])
        let plan = PlanBuilderForTests.plan(matrix, routes: ["t": ["v"]])
        let html = HTMLDayReport(scenario: matrix, plan: plan).render()
        #expect(html.contains("without coordinates"))
        #expect(count("class=\"gantt-row\"", in: html) == 1)
        #expect(html.contains(">08:00<"))
    }
}

/// A minimal well-formedness check: every non-void element is closed, in order.
enum TagBalance {
    private static let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "col", "wbr"]

    /// Mismatches found, as text; empty when the tags balance.
    static func problems(in html: String) throws -> [String] {
        let pattern = try Regex("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*?)(/?)>")
        var stack: [String] = []
        var problems: [String] = []
        for match in html.matches(of: pattern) {
            guard let closing = match.output[1].substring, let name = match.output[2].substring,
                  let selfClosing = match.output[4].substring else { continue }
            let tag = name.lowercased()
            if void.contains(tag) || selfClosing == "/" { continue }
            if closing == "/" {
                if stack.last == tag {
                    stack.removeLast()
                } else {
                    problems.append("</\(tag)> closes <\(stack.last ?? "nothing")>")
                }
            } else {
                stack.append(tag)
            }
        }
        problems += stack.map { "<\($0)> is never closed" }
        return problems
    }
}
