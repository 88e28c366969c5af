import LinearProgramming

/// Small hand-checkable models shared by the tests.
enum TestModels {
    /// A 0/1 knapsack: maximise value within the weight capacity.
    struct Knapsack {
        var model: LinearModel
        var items: [Variable]
        var values: [Double]
        var weights: [Double]
        var capacity: Double

        /// The optimum by dynamic programming over integer weights.
        var optimum: Double {
            var best = [Double](repeating: 0, count: Int(capacity) + 1)
            for (value, weight) in zip(values, weights) {
                let w = Int(weight)
                guard w <= Int(capacity) else { continue }
                for c in stride(from: Int(capacity), through: w, by: -1) {
                    best[c] = max(best[c], best[c - w] + value)
                }
            }
            return best[Int(capacity)]
        }

        /// A feasible greedy selection by value density.
        var greedy: [Variable: Double] {
            var remaining = capacity
            var chosen: [Variable: Double] = [:]
            let order = items.indices.sorted { values[$0] / weights[$0] > values[$1] / weights[$1] }
            for index in order {
                if weights[index] <= remaining {
                    remaining -= weights[index]
                    chosen[items[index]] = 1
                } else {
                    chosen[items[index]] = 0
                }
            }
            return chosen
        }

        func value(of selection: [Variable: Double]) -> Double {
            zip(items, values).reduce(0) { $0 + (selection[$1.0] ?? 0) * $1.1 }
        }
    }

    /// A knapsack with the given items.
    static func knapsack(values: [Double], weights: [Double], capacity: Double) -> Knapsack {
        var model = LinearModel(name: "knapsack")
        let items = values.indices.map { model.addVariable(name: "take[\($0)]", kind: .binary) }
        var weight = LinearExpression()
        var value = LinearExpression()
        for index in items.indices {
            weight.add(weights[index], items[index])
            value.add(values[index], items[index])
        }
        model.addConstraint(weight <= capacity, name: "capacity")
        model.maximize(value)
        return Knapsack(model: model, items: items, values: values, weights: weights, capacity: capacity)
    }

    /// A deterministic pseudo-random knapsack (linear congruential values, no clock, no RNG state).
    static func pseudoRandomKnapsack(count: Int, seed: UInt64) -> Knapsack {
        var state = seed
        func next(_ range: ClosedRange<Int>) -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(range.lowerBound + Int((state >> 33) % UInt64(range.count)))
        }
        let weights = (0..<count).map { _ in next(10...60) }
        let values = weights.map { $0 + next(0...10) }
        return knapsack(values: values, weights: weights, capacity: (weights.reduce(0, +) / 2).rounded())
    }

    /// A multi-dimensional knapsack that GLPK cannot prove optimal quickly (for limits and stops).
    static func hardMIP() -> (model: LinearModel, items: [Variable], feasible: [Variable: Double]) {
        var state: UInt64 = 12345
        func next(_ range: ClosedRange<Int>) -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(range.lowerBound + Int((state >> 33) % UInt64(range.count)))
        }
        var model = LinearModel(name: "hard")
        let count = 200
        let items = (0..<count).map { model.addVariable(name: "y\($0)", kind: .binary) }
        var objective = LinearExpression()
        for item in items { objective.add(next(20...80), item) }
        for row in 0..<15 {
            var weight = LinearExpression()
            var total = 0.0
            for item in items {
                let w = next(5...50)
                total += w
                weight.add(w, item)
            }
            model.addConstraint(weight <= (total / 3).rounded(), name: "dim\(row)")
        }
        model.maximize(objective)
        var feasible: [Variable: Double] = [:]
        for (index, item) in items.enumerated() { feasible[item] = index < 5 ? 1 : 0 }
        return (model, items, feasible)
    }
}
