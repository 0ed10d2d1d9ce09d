import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

/// A JSON value rendered deterministically: object keys sorted, one-space indentation (as Jupyter
/// writes notebooks), UTF-8 text unescaped except where JSON requires it.
enum JSONText: Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONText])
    case object([String: JSONText])

    func rendered(indent: Int = 0) -> String {
        var out = ""
        write(into: &out, indent: indent)
        return out
    }

    func write(into out: inout String, indent: Int) {
        switch self {
        case .string(let s): JSONText.quote(s, into: &out)
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (k, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 1)
                item.write(into: &out, indent: indent + 1)
                out += k == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{\n"
            let keys = fields.keys.sorted()
            for (k, key) in keys.enumerated() {
                out += String(repeating: " ", count: indent + 1)
                JSONText.quote(key, into: &out)
                out += ": "
                fields[key]?.write(into: &out, indent: indent + 1)
                out += k == keys.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    /// One JSON string writer for the whole engine: the renderer's.
    static func quote(_ s: String, into out: inout String) { JSONRenderer.string(s, into: &out) }
}
