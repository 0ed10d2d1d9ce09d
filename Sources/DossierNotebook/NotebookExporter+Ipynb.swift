import DossierModel
import DossierExtraction
import DossierLanguage
import DossierRendering

extension NotebookExporter {
    /// A Jupyter notebook (nbformat 4.5): a Markdown cell per prose block, a code cell per cell with
    /// its output as an `execute_result` (`text/plain`), stable cell ids from the cell's position
    /// and content, kernelspec and language_info named `dossier`. Sorted keys, one-space indent.
    /// With replay `outcomes` matching the stored outputs, each statement is its own output: a chart
    /// as `display_data` with `image/svg+xml` and `text/plain`, a failure as an `error` output.
    /// Without them a stored diagnostic still becomes an `error` output.
    public static func ipynb(_ nb: Notebook, outcomes: [CellOutcome]? = nil) -> String {
        var cells: [JSONText] = []
        var execution = 0
        for (index, block) in nb.blocks.enumerated() {
            switch block {
            case .prose(let text):
                cells.append(
                    .object([
                        "cell_type": .string("markdown"),
                        "id": .string(cellID(index: index, content: "m" + text)),
                        "metadata": .object([:]),
                        "source": sourceLines(text),
                    ]))
            case .cell(let source, let output):
                execution += 1
                let parts = richParts(outcomes, cell: execution - 1, stored: output) ?? storedParts(output)
                let outputs = parts.map { ipynbOutput($0, execution: execution, alone: parts.count == 1) }
                cells.append(
                    .object([
                        "cell_type": .string("code"),
                        "execution_count": output == nil ? .null : .int(execution),
                        "id": .string(cellID(index: index, content: "c" + source)),
                        "metadata": .object([:]),
                        "outputs": .array(outputs),
                        "source": sourceLines(source),
                    ]))
            }
        }
        var dossier: [String: JSONText] = ["format": .int(Notebook.formatVersion)]
        if let corpus = nb.corpus { dossier["corpus"] = .string(corpus) }
        if let fingerprint = nb.fingerprint { dossier["fingerprint"] = .string(fingerprint) }
        var metadata: [String: JSONText] = [
            "dossier": .object(dossier),
            "kernelspec": .object([
                "display_name": .string("Dossier"), "language": .string("dossier"), "name": .string("dossier"),
            ]),
            "language_info": .object(["name": .string("dossier"), "file_extension": .string(".md")]),
        ]
        if !nb.title.isEmpty { metadata["title"] = .string(nb.title) }
        let document = JSONText.object([
            "cells": .array(cells),
            "metadata": .object(metadata),
            "nbformat": .int(4),
            "nbformat_minor": .int(5),
        ])
        return document.rendered() + "\n"
    }

    /// One nbformat output: the only text of a cell is its `execute_result`, further text and charts
    /// are `display_data`, a failure an `error` whose traceback is the rendered diagnostic.
    static func ipynbOutput(_ part: CellPart, execution: Int, alone: Bool) -> JSONText {
        switch part {
        case .text(let t):
            var o: [String: JSONText] = [
                "data": .object(["text/plain": sourceLines(t)]), "metadata": .object([:]),
                "output_type": .string(alone ? "execute_result" : "display_data"),
            ]
            if alone { o["execution_count"] = .int(execution) }
            return .object(o)
        case .chart(let svg, let t):
            return .object([
                "data": .object(["image/svg+xml": sourceLines(svg), "text/plain": sourceLines(t)]),
                "metadata": .object([:]), "output_type": .string("display_data"),
            ])
        case .error(let t):
            let lines = t.split(separator: "\n").map(String.init)
            let first = lines.first ?? "error"
            let message = first.range(of: ": error: ").map { String(first[$0.upperBound...]) } ?? first
            return .object([
                "ename": .string("DossierError"), "evalue": .string(message), "output_type": .string("error"),
                "traceback": .array(lines.map { .string($0) }),
            ])
        }
    }

    /// Jupyter's multiline string: lines, each but the last ending in a newline.
    static func sourceLines(_ text: String) -> JSONText {
        guard !text.isEmpty else { return .array([]) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return .array(lines.enumerated().map { k, line in .string(k == lines.count - 1 ? String(line) : line + "\n") })
    }

    /// `c3-1a2b3c4d`: the block's position and an FNV-1a hash of its content (unique, stable).
    static func cellID(index: Int, content: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in content.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash & 0xFFFF_FFFF, radix: 16)
        return "c\(index)-" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}
