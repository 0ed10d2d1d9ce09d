import Foundation
import Testing
import DossierModel
import DossierExtraction
import DossierLanguage
import DossierTestSupport
@testable import DossierRendering

/// A tiny RFC 4180 reader for the round-trip tests.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text)
    if chars.last == "\n" { chars.removeLast() }
    var i = 0
    while i < chars.count {
        let c = chars[i]
        if quoted {
            if c == "\"" {
                if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
            } else {
                field.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(field); field = ""
        } else if c == "\n" || c == "\r\n" {
            row.append(field); field = ""
            rows.append(row); row = []
        } else {
            field.append(c)
        }
        i += 1
    }
    row.append(field)
    rows.append(row)
    return rows
}

@Suite struct CSVRendererTests {
    static let tricky = Table(
        columns: [Column("speaker", .string), Column("quote", .string), Column("n", .number), Column("when", .date)],
        rows: [
            [.string("Volker Türk"), .string("I am \"deeply concerned\", he said"), .number(3), .date(Day(iso: "2024-03-01")!)],
            [.string("Gantz, Benny"), .string("line one\nline two\r\nline three"), .number(0.5), .null],
            [.string(""), .string("plain"), .number(-2), .null],
        ])

    @Test func quotesOnlyWhatNeedsQuoting() {
        #expect(CSVRenderer.render(Self.tricky) == """
            speaker,quote,n,when
            Volker Türk,"I am ""deeply concerned"", he said",3,2024-03-01
            "Gantz, Benny","line one
            line two\r
            line three",0.5,
            ,plain,-2,

            """)
    }

    @Test func roundTripsThroughAnRFC4180Reader() {
        let rows = parseCSV(CSVRenderer.render(Self.tricky))
        #expect(rows.count == 4)
        #expect(rows[0] == ["speaker", "quote", "n", "when"])
        #expect(rows[1] == ["Volker Türk", "I am \"deeply concerned\", he said", "3", "2024-03-01"])
        #expect(rows[2] == ["Gantz, Benny", "line one\nline two\r\nline three", "0.5", ""])
        #expect(rows[3] == ["", "plain", "-2", ""])
    }

    @Test func markdownEscapesPipes() {
        let t = Table(columns: [Column("a|b", .string), Column("n", .number)], rows: [[.string("x | y\nz"), .number(1)], [.null, .number(2)]])
        #expect(MarkdownRenderer.render(t) == """
            | a\\|b | n |
            | --- | ---: |
            | x \\| y z | 1 |
            |   | 2 |

            """)
    }

    @Test func jsonLinesOneObjectPerRow() {
        let lines = JSONLinesRenderer.render(Self.tricky).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[2] == #"{"speaker":"","quote":"plain","n":-2,"when":null}"#)
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] != nil)
        }
    }

    @Test func formatsByExtension() {
        #expect(ExportFormat(fileName: "out/quotes.CSV") == .csv)
        #expect(ExportFormat(fileName: "a.json") == .json)
        #expect(ExportFormat(fileName: "a.jsonl") == .jsonl)
        #expect(ExportFormat(fileName: "notes.md") == .md)
        #expect(ExportFormat(fileName: "a.xlsx") == nil)
        #expect(ExportFormat(fileName: "dir.v2/file") == nil)
        #expect(ExportFormat.supportedList == ".csv, .json, .jsonl, .md")
    }

    @Test func csvFormatThroughRenderer() {
        let t = Table(columns: [Column("a", .string)], rows: [[.string("x,y")]])
        #expect(Renderer.render(.table(t), options: RenderOptions(format: .csv)) == "a\n\"x,y\"\n")
        let rec = Record(fields: [Field("words", .number(5))])
        #expect(Renderer.render(.record(rec), options: RenderOptions(format: .csv)) == "field,value\nwords,5\n")
    }
}
