/// Placeholder replaced by the benchmark harness.
enum BenchmarkFamily {}
