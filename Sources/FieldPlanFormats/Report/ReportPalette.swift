/// Colours of the report: one per route, one per activity.
enum ReportPalette {
    /// Distinct route colours, cycled when there are more routes.
    static let routes = [
        "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
        "#7f7f7f", "#bcbd22",
    ]

    /// The colour of route number `index`.
    static func route(_ index: Int) -> String { routes[index % routes.count] }

    /// The fill of an activity in the Gantt chart.
    static func activity(_ activity: ReportTimeline.Activity) -> String {
        switch activity {
        case .travel: "#f2b134"
        case .work: "#2f6fdb"
        case .rest: "#3aa66a"
        case .idle: "#d5dade"
        }
    }
}
