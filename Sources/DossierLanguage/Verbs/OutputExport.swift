import DossierModel
import DossierExtraction

/// `export "FILE"`: writes the piped value as .csv, .json, .jsonl or .md, chosen by extension.
enum OutputExport {
    static var spec: VerbSpec {
        VerbSpec(
            name: "export", category: .output,
            summary: "Write the piped table to a .csv, .json, .jsonl or .md file",
            input: .required(.any),
            parameters: [ParameterSpec("file", .string, required: true, help: "the file to write; its extension picks the format")],
            details: """
                .csv is RFC 4180 (a header row; fields with commas, quotes or line breaks quoted, quotes doubled; \
                LF line ends; empty cells for nulls). .json is one array of objects keyed by column name; .jsonl one \
                object per line; .md a Markdown pipe table. A record exports as field,value rows; a document as its \
                sentences. The file is replaced atomically.
                """,
            example: "quotes | where quote ~ \"ceasefire\" | export \"ceasefire-quotes.csv\"",
            evaluate: { call, state throws(Diagnostic) in try evaluate(call, &state) })
    }

    static func evaluate(_ call: VerbCall, _ state: inout SessionState) throws(Diagnostic) -> Value {
        guard let input = call.input else {
            throw call.error("'export' needs a table piped in", suggestion: "e.g. docs | export \"docs.csv\"")
        }
        guard let path = call.string("file") else { throw call.error("'export' needs a file name") }
        guard let format = ExportFormat(fileName: path) else {
            let ext = OutputFile.fileExtension(path)
            throw call.error(
                ext.isEmpty ? "'\(path)' has no extension to choose a format by" : "cannot export to '.\(ext)' files",
                at: "file", suggestion: "export writes \(ExportFormat.supportedList)")
        }
        let rows = ExportTable.from(input).rows.count
        try OutputFile.export(input, as: format, to: path, call: call, argument: "file", state: state)
        return .string("wrote \(rows) \(rows == 1 ? "row" : "rows") to \(path)")
    }
}
