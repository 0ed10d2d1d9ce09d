extension FreqBy {
    /// Occurrences and documents per dense id, in flat arrays (no hashing per token), added in
    /// document order.
    struct IDTally {
        private var counts: [Int]
        private var docs: [Int]
        private var last: [Int]

        init(size: Int) {
            counts = [Int](repeating: 0, count: size)
            docs = [Int](repeating: 0, count: size)
            last = [Int](repeating: -1, count: size)
        }

        @inline(__always)
        mutating func add(_ id: Int, doc d: Int) {
            guard id >= 0, id < counts.count else { return }
            counts[id] += 1
            if last[id] != d {
                docs[id] += 1
                last[id] = d
            }
        }

        /// [label, count, docs] rows of the ids counted at least `minimum` times, most frequent first, ties by label.
        func rows(minimum: Int = 1, label: (UInt32) -> String) -> [[Value]] {
            var rows: [(String, Int, Int)] = []
            for id in counts.indices where counts[id] >= max(1, minimum) {
                rows.append((label(UInt32(id)), counts[id], docs[id]))
            }
            return FreqBy.ranked(rows)
        }
    }
}
