import FieldPlanModel

/// One technician's day cut into segments for the Gantt chart and the utilisation figures.
struct ReportTimeline {
    /// What a segment of the day is spent on.
    enum Activity: String {
        /// Driving between places.
        case travel
        /// Serving a visit.
        case work
        /// A break.
        case rest = "break"
        /// Waiting for a window to open, or standing by.
        case idle
    }

    /// A stretch of time spent on one activity.
    struct Segment {
        /// What it is.
        var activity: Activity
        /// Start, minutes since the origin.
        var start: Double
        /// End, minutes since the origin.
        var end: Double
        /// The visit served (work segments) or driven to (travel segments).
        var visit: String?
    }

    /// The technician, when the scenario knows them.
    let technician: Technician?
    /// The route.
    let route: Route
    /// The segments in time order.
    let segments: [Segment]

    /// Cuts a route into segments, taking leg times from the scenario's travel model.
    init(route: Route, visits: [String: Visit], technician: Technician?, travel: TravelCalculator) {
        self.route = route
        self.technician = technician
        var segments: [Segment] = []
        var ready = route.start
        var location = technician?.start
        func leg(to target: Location?) -> Double {
            guard let from = location, let target, let minutes = travel.minutes(from: from, to: target),
                  minutes.isFinite else { return 0 }
            return minutes / (technician?.speedFactor ?? 1)
        }
        func add(_ activity: Activity, _ start: Double, _ end: Double, _ visit: String? = nil) {
            guard end > start + 1e-9 else { return }
            segments.append(Segment(activity: activity, start: start, end: end, visit: visit))
        }
        for stop in route.stops {
            switch stop.kind {
            case .visit:
                let target = stop.visit.flatMap { visits[$0]?.location }
                let minutes = min(leg(to: target), max(0, stop.arrival - ready))
                add(.idle, ready, stop.arrival - minutes)
                add(.travel, stop.arrival - minutes, stop.arrival, stop.visit)
                add(.idle, stop.arrival, stop.start)
                add(.work, stop.start, stop.end, stop.visit)
                location = target ?? location
            case .break:
                add(.idle, ready, stop.start)
                add(.rest, stop.start, stop.end)
            }
            ready = max(ready, stop.end)
        }
        if let technician, !technician.openEnd {
            let minutes = min(leg(to: technician.end ?? technician.start), max(0, route.end - ready))
            add(.idle, ready, route.end - minutes)
            add(.travel, route.end - minutes, route.end)
        }
        self.segments = segments
    }

    /// Total minutes spent on an activity.
    func minutes(_ activity: Activity) -> Double {
        segments.filter { $0.activity == activity }.reduce(0) { $0 + $1.end - $1.start }
    }
}
