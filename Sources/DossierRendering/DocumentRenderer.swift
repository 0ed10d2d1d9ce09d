import DossierModel
import DossierExtraction
import DossierLanguage

/// Draws a document: its id, its fields as aligned `name: value` lines, then its sentences numbered
/// `[1] …` and wrapped to the width with a hanging indent.
public enum DocumentRenderer {
    public static func render(_ doc: DocumentValue, options: RenderOptions) -> String {
        var out = ANSIStyle.bold.apply(DisplayWidth.singleLine(doc.id), options.color)
            + ANSIStyle.dim.apply(" (document \(doc.index))", options.color) + "\n"
        out += RecordRenderer.fieldLines(doc.fields, indent: 1, options: options)
        guard !doc.sentences.isEmpty else { return out }
        out += "\n"
        let numberWidth = String(doc.sentences.count).count + 2
        for (i, sentence) in doc.sentences.enumerated() {
            let label = DisplayWidth.pad("[\(i + 1)]", to: numberWidth, alignment: .right)
            let hang = String(repeating: " ", count: 1 + numberWidth + 1)
            let lines = DisplayWidth.wrap(DisplayWidth.singleLine(sentence), width: options.width - hang.count)
            for (j, l) in lines.enumerated() {
                out += (j == 0 ? " " + ANSIStyle.dim.apply(label, options.color) + " " : hang) + l + "\n"
            }
        }
        return out
    }
}
