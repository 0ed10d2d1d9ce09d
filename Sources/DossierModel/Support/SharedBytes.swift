/// Bytes of a memory mapping, read (never written) from several threads: the mapping outlives them.
struct SharedBytes: @unchecked Sendable {
    let p: UnsafeRawBufferPointer
}
