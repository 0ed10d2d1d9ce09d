import DossierModel
import DossierExtraction
import DossierLanguage

/// A minimal SVG builder: shapes and text appended in order, numbers with one decimal, text escaped.
struct SVGCanvas {
    var width: Double
    var height: Double = 400
    private var body: [String] = []

    init(width: Double) { self.width = width }

    static func num(_ x: Double) -> String { NumberFormat.fixed(x.isFinite ? x : 0, decimals: 1, trim: true) }

    /// `s` with `&`, `<`, `>`, quotes escaped and control characters dropped.
    static func escape(_ s: String) -> String { MarkupEscape.escape(DisplayWidth.singleLine(s)) }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1) {
        body.append(
            "<line x1=\"\(Self.num(x1))\" y1=\"\(Self.num(y1))\" x2=\"\(Self.num(x2))\" y2=\"\(Self.num(y2))\" stroke=\"\(stroke)\""
                + (width == 1 ? "" : " stroke-width=\"\(Self.num(width))\"") + "/>")
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) {
        guard width > 0, height > 0 else { return }
        body.append(
            "<rect x=\"\(Self.num(x))\" y=\"\(Self.num(y))\" width=\"\(Self.num(width))\" height=\"\(Self.num(height))\" fill=\"\(fill)\""
                + (stroke.map { " stroke=\"\($0)\"" } ?? "") + "/>")
    }

    mutating func text(
        x: Double, y: Double, _ s: String, size: Double, weight: String? = nil, anchor: String,
        fill: String = "#222", rotate: Bool = false
    ) {
        var attrs = "x=\"\(Self.num(x))\" y=\"\(Self.num(y))\" font-size=\"\(Self.num(size))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\""
        if let weight { attrs += " font-weight=\"\(weight)\"" }
        if rotate { attrs += " transform=\"rotate(-90 \(Self.num(x)) \(Self.num(y)))\"" }
        body.append("<text \(attrs)>\(Self.escape(s))</text>")
    }

    /// An open polyline through `points` (nothing for fewer than two).
    mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 2) {
        guard points.count >= 2 else { return }
        let list = points.map { "\(Self.num($0.0)),\(Self.num($0.1))" }.joined(separator: " ")
        body.append("<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(Self.num(width))\" stroke-linejoin=\"round\"/>")
    }

    mutating func circle(x: Double, y: Double, r: Double, fill: String) {
        body.append("<circle cx=\"\(Self.num(x))\" cy=\"\(Self.num(y))\" r=\"\(Self.num(r))\" fill=\"\(fill)\"/>")
    }

    /// The complete SVG document.
    func document(title: String) -> String {
        let w = Self.num(width), h = Self.num(height)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\""
        out += " font-family=\"sans-serif\" role=\"img\">\n"
        out += "<title>\(Self.escape(title))</title>\n"
        out += "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>\n"
        for element in body { out += element + "\n" }
        out += "</svg>\n"
        return out
    }
}
