import Crypto

/// SHA-256 of file contents and of the corpus fingerprint, through swift-crypto (hardware-accelerated
/// where the CPU has SHA extensions).
public enum ContentHash {
    /// The 32-byte SHA-256 of `bytes`.
    public static func digest(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        Array(SHA256.hash(data: bytes))
    }

    /// The 32-byte SHA-256 of `bytes`.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { digest($0) }
    }

    /// Lowercase hex of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A streaming SHA-256.
    public struct Hasher: Sendable {
        var state = SHA256()
        public init() {}
        public mutating func update(_ bytes: [UInt8]) { state.update(data: bytes) }
        public mutating func update(_ bytes: UnsafeRawBufferPointer) { state.update(bufferPointer: bytes) }
        public func finalize() -> [UInt8] { Array(state.finalize()) }
    }
}
