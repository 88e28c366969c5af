extension ScenarioValidator.Context {
    /// The most issues reported for the entries of one matrix; the rest are summarised.
    static let matrixEntryIssueLimit = 20

    /// Checks the travel settings and the matrix.
    mutating func checkTravel() {
        let travel = scenario.travel
        let owner = "travel: "
        checkPositive(travel.minutesPerUnit, at: "travel.minutesPerUnit", owner: owner, what: "minutesPerUnit")
        checkPositive(travel.speedKmh, at: "travel.speedKmh", owner: owner, what: "speedKmh")
        checkPositive(travel.detourFactor, at: "travel.detourFactor", owner: owner, what: "detourFactor")
        if travel.kind == .matrix, travel.matrix == nil {
            report(.missingField, at: "travel.matrix", "travel kind is matrix but no matrix is given")
        }
        guard let matrix = travel.matrix else { return }
        checkMatrix(matrix.durations, at: "travel.matrix.durations", what: "travel duration")
        if let distances = matrix.distances {
            if distances.count != matrix.durations.count
                || zip(distances, matrix.durations).contains(where: { $0.count != $1.count }) {
                report(.invalidValue, at: "travel.matrix.distances",
                       "the distance matrix has a different shape than the duration matrix")
            }
            checkMatrix(distances, at: "travel.matrix.distances", what: "distance")
        }
    }

    /// Checks a matrix is square with finite, non-negative entries.
    mutating func checkMatrix(_ rows: [[Double]], at path: String, what: String) {
        let size = rows.count
        if size == 0 {
            report(.invalidValue, at: path, "the \(what) matrix is empty")
            return
        }
        var entryIssues = 0
        for (i, row) in rows.enumerated() {
            if row.count != size {
                report(.invalidValue, at: "\(path)[\(i)]",
                       "row \(i) has \(row.count) entries but the matrix has \(size) rows; it must be square")
            }
            for (j, value) in row.enumerated() where !value.isFinite || value < 0 {
                entryIssues += 1
                if entryIssues <= Self.matrixEntryIssueLimit {
                    report(.invalidValue, at: "\(path)[\(i)][\(j)]",
                           "\(what) from \(i) to \(j) must be a finite number ≥ 0 (found \(Self.text(value)))")
                }
            }
        }
        if entryIssues > Self.matrixEntryIssueLimit {
            report(.invalidValue, at: path,
                   "\(entryIssues - Self.matrixEntryIssueLimit) more \(what) entries are negative or not finite")
        }
    }

    /// Checks the objective's weights and penalties are finite and not negative.
    mutating func checkObjective() {
        let objective = scenario.objective
        let weights: [(String, Double)] = [
            ("unassigned", objective.unassigned), ("lateness", objective.lateness),
            ("overtime", objective.overtime), ("travelTime", objective.travelTime),
            ("distance", objective.distance), ("technicianCost", objective.technicianCost),
            ("preference", objective.preference), ("visitPenalty", objective.visitPenalty),
            ("mandatoryPenalty", objective.mandatoryPenalty), ("preferenceBonus", objective.preferenceBonus),
            ("routeCost", objective.routeCost),
        ]
        for (key, value) in weights {
            checkNonNegative(value, at: "objective.\(key)", owner: "objective: ", what: key)
        }
    }

    /// Checks a location fits the travel model and has usable coordinates.
    mutating func checkLocation(_ location: Location, at path: String, owner: String) {
        let kind = scenario.travel.kind
        switch location {
        case .planar(let x, let y):
            if !x.isFinite || !y.isFinite {
                report(.invalidValue, at: path, "\(owner)location coordinates are not finite numbers")
            }
            if kind != .euclidean {
                report(.locationMismatch, at: path,
                       "\(owner)location has x/y coordinates but travel is \(kind.rawValue) "
                       + "(needs \(Self.expectedLocation(kind)))")
            }
        case .geographic(let latitude, let longitude):
            if !latitude.isFinite || !(-90...90).contains(latitude) {
                report(.invalidValue, at: "\(path).lat",
                       "\(owner)latitude \(Self.text(latitude)) is outside -90…90")
            }
            if !longitude.isFinite || !(-180...180).contains(longitude) {
                report(.invalidValue, at: "\(path).lon",
                       "\(owner)longitude \(Self.text(longitude)) is outside -180…180")
            }
            if kind != .geographic {
                report(.locationMismatch, at: path,
                       "\(owner)location has lat/lon but travel is \(kind.rawValue) "
                       + "(needs \(Self.expectedLocation(kind)))")
            }
        case .matrixIndex(let index):
            if kind != .matrix {
                report(.locationMismatch, at: path,
                       "\(owner)location is a matrix index but travel is \(kind.rawValue) "
                       + "(needs \(Self.expectedLocation(kind)))")
            } else if let matrix = scenario.travel.matrix, index < 0 || index >= matrix.durations.count {
                report(.locationMismatch, at: "\(path).index",
                       "\(owner)matrix index \(index) is outside the travel matrix "
                       + "(\(matrix.durations.count) locations, indices 0…\(matrix.durations.count - 1))")
            }
        }
    }

    /// What a location must give for a travel kind.
    static func expectedLocation(_ kind: TravelSettings.Kind) -> String {
        switch kind {
        case .euclidean: "x and y"
        case .geographic: "lat and lon"
        case .matrix: "an index into the travel matrix"
        }
    }
}
