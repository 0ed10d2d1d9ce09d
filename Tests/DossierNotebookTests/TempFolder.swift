import Foundation

/// A new empty folder in the system's temporary directory, `PREFIX-UUID`; the test removes it.
func makeTempFolder(_ prefix: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}
