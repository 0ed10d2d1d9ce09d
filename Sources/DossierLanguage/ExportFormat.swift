import DossierModel
import DossierExtraction

/// The file formats `export` writes, chosen by the file's extension.
public enum ExportFormat: String, Sendable, CaseIterable {
    case csv, json, jsonl, md

    /// The format for a file name's extension (case-insensitive), nil when unsupported.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        switch ext {
        case "csv": self = .csv
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "md", "markdown": self = .md
        default: return nil
        }
    }

    /// ".csv, .json, .jsonl, .md", for diagnostics.
    public static var supportedList: String { allCases.map { "." + $0.rawValue }.joined(separator: ", ") }
}
