import Foundation

/// The engine's bundled data files (Resources/: gazetteers, curated lists, tagger weights). They live in
/// the model layer because the tagger runs at ingest; the extraction layer reads them through here.
///
/// Text files are UTF-8, one row a line, tab-separated columns; lines starting with `#` are headers
/// (source, version, licence, columns) and blank lines are ignored.
public enum DataResources {
    /// The folder holding the resource files, or nil when the bundle is missing.
    static let root: URL? = {
        Bundle.module.url(forResource: "Resources", withExtension: nil)
    }()

    /// The bytes of `relative` (e.g. "tagger/weights.bin"), or nil.
    public static func data(_ relative: String) -> Data? {
        guard let url = root?.appendingPathComponent(relative) else { return nil }
        return try? Data(contentsOf: url, options: .mappedIfSafe)
    }

    /// The data rows of text file `relative`, split into columns at tabs (empty when missing).
    public static func rows(_ relative: String) -> [[Substring]] {
        guard let data = data(relative) else { return [] }
        return parseRows(String(decoding: data, as: UTF8.self))
    }

    /// Rows of `text`: header (`#`) and blank lines skipped, columns split at tabs.
    public static func parseRows(_ text: String) -> [[Substring]] {
        var out: [[Substring]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let l = line.last == "\r" ? line.dropLast() : line
            if l.isEmpty || l.first == "#" { continue }
            out.append(l.split(separator: "\t", omittingEmptySubsequences: false))
        }
        return out
    }
}
