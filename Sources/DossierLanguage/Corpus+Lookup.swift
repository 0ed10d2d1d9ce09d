import DossierModel
import DossierExtraction

/// The outcome of looking a document up by index, id or id prefix.
public enum DocumentLookup: Sendable, Hashable {
    case found(Int)
    case outOfRange(Int, count: Int)
    case unknown(String, suggestion: String?)
    case ambiguous(String, candidates: [String])
    case invalid
}

extension Corpus {
    /// Resolves `.number(index)` (0-based, id order), `.string(id or unique id prefix)` or a document value.
    public func lookupDocument(_ value: Value) -> DocumentLookup {
        switch value {
        case .number(let n):
            guard n.isFinite, n == n.rounded(), n >= 0, n < Double(documents.count) else {
                return .outOfRange(n.isFinite && abs(n) < 1e12 ? Int(n) : -1, count: documents.count)
            }
            return .found(Int(n))
        case .document(let dv):
            if let i = documentIndex(id: dv.id) { return .found(i) }
            return .unknown(dv.id, suggestion: nil)
        case .string(let s):
            if let i = documentIndex(id: s) { return .found(i) }
            let matches = documents.indices.filter { documents[$0].id.hasPrefix(s) }
            if matches.count == 1 { return .found(matches[0]) }
            if matches.count > 1 { return .ambiguous(s, candidates: matches.prefix(5).map { documents[$0].id }) }
            return .unknown(s, suggestion: NearestName.suggest(s, among: documents.map(\.id)))
        default:
            return .invalid
        }
    }

    /// The document index for a value, or nil (see `lookupDocument` for why).
    public func resolveDocument(_ value: Value) -> Int? {
        if case .found(let i) = lookupDocument(value) { return i }
        return nil
    }
}
