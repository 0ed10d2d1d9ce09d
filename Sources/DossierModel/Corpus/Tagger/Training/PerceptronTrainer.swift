/// An averaged perceptron over hashed features (training side): dense float weights and the running
/// sums for averaging (Daumé's trick: average = w − u / c).
struct PerceptronTrainer {
    let classes: Int
    let bits: Int
    var w: [Float]
    var u: [Double]
    var c: Double = 1

    init(classes: Int, bits: Int) {
        self.classes = classes
        self.bits = bits
        w = Array(repeating: 0, count: (1 << bits) * classes)
        u = Array(repeating: 0, count: (1 << bits) * classes)
    }

    @inline(__always)
    func row(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> UInt64(64 - bits)) * classes }

    /// Scores with the current (not averaged) weights.
    func scores(_ feats: UnsafePointer<UInt64>, _ n: Int, _ out: inout [Float]) {
        for j in 0..<classes { out[j] = 0 }
        w.withUnsafeBufferPointer { wp in
            for k in 0..<n {
                let r = row(feats[k])
                for j in 0..<classes { out[j] += wp[r + j] }
            }
        }
    }

    /// One example: moves weight from `guess` to `truth` when they differ; counts the example.
    mutating func update(_ feats: UnsafePointer<UInt64>, _ n: Int, truth: Int, guess: Int) {
        if truth != guess {
            let cc = c
            let shift = UInt64(64 - bits), width = classes
            w.withUnsafeMutableBufferPointer { wp in
                u.withUnsafeMutableBufferPointer { up in
                    for k in 0..<n {
                        let r = Int(truncatingIfNeeded: feats[k] >> shift) * width
                        wp[r + truth] += 1
                        up[r + truth] += cc
                        wp[r + guess] -= 1
                        up[r + guess] -= cc
                    }
                }
            }
        }
        c += 1
    }

    /// The averaged weights, quantised: one scale per bucket row, int8 weights; rows whose largest
    /// weight is below `floor` are dropped.
    /// One online step on a token: score `feats`, take the class `choose` picks from the scores,
    /// move the weights towards `truth`. Returns the class chosen.
    mutating func learn(_ feats: [UInt64], truth: Int, scores: inout [Float], choose: ([Float]) -> Int) -> Int {
        feats.withUnsafeBufferPointer { self.scores($0.baseAddress!, $0.count, &scores) }
        let guess = choose(scores)
        feats.withUnsafeBufferPointer { update($0.baseAddress!, $0.count, truth: truth, guess: guess) }
        return guess
    }

    func table(floor: Float = 0.02) -> PerceptronTable {
        var rowOf = [Int32](repeating: -1, count: 1 << bits)
        var scales: [Float] = []
        var weights: [Int8] = []
        var avg = [Float](repeating: 0, count: classes)
        for b in 0..<(1 << bits) {
            var m: Float = 0
            for j in 0..<classes {
                let i = b * classes + j
                avg[j] = Float(Double(w[i]) - u[i] / c)
                m = max(m, abs(avg[j]))
            }
            guard m >= floor else { continue }
            rowOf[b] = Int32(scales.count)
            let s = m / 127
            scales.append(s)
            for j in 0..<classes { weights.append(Int8(max(-127, min(127, (avg[j] / s).rounded())))) }
        }
        return PerceptronTable(classes: classes, bits: bits, rowOf: rowOf, scales: scales, weights: weights)
    }
}
