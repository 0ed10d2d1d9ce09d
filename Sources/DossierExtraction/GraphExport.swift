import Foundation
import DossierModel

/// Writes an entity co-occurrence graph as DOT, GraphML or JSON.
public enum GraphExport {
    /// An entity: its name, type and mention count.
    public struct Node: Sendable, Hashable {
        public var name: String
        public var type: String
        public var mentions: Int
        public init(name: String, type: String, mentions: Int) {
            self.name = name
            self.type = type
            self.mentions = mentions
        }
    }
    /// Two entities sharing `weight` sentences.
    public struct Edge: Sendable, Hashable {
        public var a: String
        public var b: String
        public var weight: Int
        public init(a: String, b: String, weight: Int) {
            self.a = a
            self.b = b
            self.weight = weight
        }
    }

    /// The output formats, chosen by file extension.
    public enum Format: String, Sendable { case dot, graphml, json }

    /// The format for a file name: .dot/.gv, .graphml/.xml or .json; nil otherwise.
    public static func format(forPath path: String) -> Format? {
        let lower = path.lowercased()
        if lower.hasSuffix(".dot") || lower.hasSuffix(".gv") { return .dot }
        if lower.hasSuffix(".graphml") || lower.hasSuffix(".xml") { return .graphml }
        if lower.hasSuffix(".json") { return .json }
        return nil
    }

    /// The graph as text in `format`, nodes and edges in the order given.
    public static func render(nodes: [Node], edges: [Edge], as format: Format) -> String {
        switch format {
        case .dot:
            var s = "graph entities {\n"
            for n in nodes { s += "  \"\(esc(n.name))\" [type=\"\(n.type)\", mentions=\(n.mentions)];\n" }
            for e in edges { s += "  \"\(esc(e.a))\" -- \"\(esc(e.b))\" [weight=\(e.weight)];\n" }
            return s + "}\n"
        case .graphml:
            var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
            s += "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
            s += "  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
            s += "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
            s += "  <graph id=\"entities\" edgedefault=\"undirected\">\n"
            for n in nodes {
                s += "    <node id=\"\(xml(n.name))\"><data key=\"type\">\(n.type)</data><data key=\"mentions\">\(n.mentions)</data></node>\n"
            }
            for e in edges {
                s += "    <edge source=\"\(xml(e.a))\" target=\"\(xml(e.b))\"><data key=\"weight\">\(e.weight)</data></edge>\n"
            }
            return s + "  </graph>\n</graphml>\n"
        case .json:
            let ns = nodes.map { "    {\"id\": \"\(esc(json: $0.name))\", \"type\": \"\($0.type)\", \"mentions\": \($0.mentions)}" }
            let es = edges.map { "    {\"source\": \"\(esc(json: $0.a))\", \"target\": \"\(esc(json: $0.b))\", \"weight\": \($0.weight)}" }
            return "{\n  \"nodes\": [\n" + ns.joined(separator: ",\n") + "\n  ],\n  \"edges\": [\n" + es.joined(separator: ",\n") + "\n  ]\n}\n"
        }
    }

    static func esc(_ s: String) -> String { s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") }
    static func esc(json s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default:
                if u.value < 0x20 { out += "\\u00" + (u.value < 16 ? "0" : "") + String(u.value, radix: 16) } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }
    static func xml(_ s: String) -> String { MarkupEscape.escape(s) }
}
