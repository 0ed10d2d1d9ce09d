import DossierModel
import DossierExtraction

/// Help text, generated from the registry: the one source of truth for verbs.
public enum Help {
    public static func overview(_ registry: Registry) -> String {
        var out = "Dossier: ask questions of a news corpus. Statements chain with |; `help VERB` explains one.\n"
        for category in VerbCategory.allCases {
            let verbs = registry.verbs.filter { $0.category == category }
            guard !verbs.isEmpty else { continue }
            out += "\n\(category.rawValue)\n"
            let w = verbs.map(\.name.count).max() ?? 0
            for v in verbs { out += "  " + v.name + String(repeating: " ", count: w - v.name.count + 2) + v.summary + "\n" }
        }
        out += "\nLanguage\n  let NAME = PIPELINE          bind a value\n  def NAME(PARAMS) = PIPELINE  define a verb\n"
        out += "  # comment, ; between statements, a line ending in | continues\n"
        out += "  help functions               functions and aggregates of expressions\n"
        out += "  help queries                 patterns, token queries ([lemma=\"cut\"] []{0,3}) and search syntax\n"
        return out
    }

    /// The grammar of patterns (kwic, freq, collocates, dispersion), token queries and search queries.
    public static let patterns = """
        Patterns (kwic, freq, collocates, dispersion)
          word               one word, case-insensitive ("Hamas" also matches inside Israel-Hamas)
          "a phrase"         consecutive words, inside one sentence (within=doc: anywhere in a document)
          rate*              every word starting with rate
          "raise * rates"    * in a phrase stands for any one word
          r"regex"           every word the regex wholly matches (case-insensitive)

        Token queries (CQP style), written as a pattern: kwic '[lemma="cut"] []{0,3} [lemma="rate"]'
          [attr="value"]     a token whose attribute equals value; attr: word (as written, case-sensitive),
                             lower (case-folded), lemma (the tagger's, case-folded: [lemma="say"] finds say,
                             says, said), pos (its universal tag, any case: [pos="PROPN"]); the tags are
                             \(UniversalPOS.allCases.map(\.name).joined(separator: " "))
          [attr!="value"]    not equal;  [attr=r"regex"]  the regex matches the whole attribute
          [a & b]  [a | b]  [!a]  ( )   and, or, not, grouping inside the brackets
          "word"  or  word   the same as [lower="word"]
          []                 any one token
          X?  X*  X+  X{n}  X{m,n}  X{m,}   repetition (at most 100)
          A match stays inside a sentence (within=doc: inside a document); matching is leftmost and greedy, and
          matches do not overlap. Lemmas and tags are stored per token when the corpus model is built.
          freq '…' lists each matched sequence; freq by lemma and freq by pos count lemmas and tags.
          Examples: kwic '[pos="ADJ"] "ceasefire"'    freq '[lemma="say"] []{0,2} "that"'    kwic '"israel" []{0,3} "hamas"'

        Search queries (search)
          words              all must occur (implicit AND);  AND  OR  NOT  -word  ( )
          "a phrase"         consecutive words;   prefix*   every word with that prefix
          "a b"~N            the words in any order, at most N other words between the first and the last
          field:word         documents whose field holds the word(s): title, id, date, and the corpus's own fields
                             (source:reuters, title:"gaza city"); fields filter and do not score
          Other engines' syntax (NEAR/5, word~, a lone *, ?, ^, [ ], { }) is an error, never ignored.

        """

    public static let bindings = """
        let NAME = PIPELINE          binds the pipeline's value to NAME; use NAME as a stage or in expressions
        def NAME(PARAMS) = PIPELINE  defines a verb; NAME(ARGS) runs it with PARAMS bound
        example: let march = docs | where date >= 2024-03-01
                 def quotes_on(topic) = quotes | where quote ~ topic

        """

    public static func page(_ spec: VerbSpec) -> String {
        var out = "\(spec.usage)\n  \(spec.summary)\n"
        switch spec.input {
        case .none: break
        case .scope: out += "  Scoped by a piped table with a doc column (e.g. docs | where … | \(spec.name) …).\n"
        case .required(let t): out += "  Input: a \(t == .any ? "value" : t.rawValue) piped into it.\n"
        }
        if !spec.parameters.isEmpty {
            out += "\nArguments\n"
            for p in spec.parameters {
                let name = (p.keyword.map { "\($0) " } ?? "") + p.name.uppercased() + (p.variadic ? "..." : "")
                out += "  \(name)  (\(p.kind.label)\(p.required ? ", required" : ""))  \(p.help)\n"
            }
        }
        if !spec.options.isEmpty {
            out += "\nOptions\n"
            for o in spec.options {
                out += "  \(o.name)=\(o.kind.label)  default \(o.defaultValue.cellText)  \(o.help)\n"
            }
        }
        if !spec.columns.isEmpty {
            out += "\nColumns\n"
            let w = spec.columns.map(\.name.count).max() ?? 0
            for c in spec.columns {
                out += "  " + c.name + String(repeating: " ", count: w - c.name.count + 2) + c.help + "\n"
            }
        }
        if !spec.details.isEmpty { out += "\n" + spec.details + "\n" }
        out += "\nExample\n  \(spec.example)\n"
        return out
    }
}

extension Help {
    /// The verb reference as Markdown (`docs/verbs.md`), generated from the registry like `help`.
    public static func reference(_ registry: Registry) -> String {
        var out = "# Dossier verb reference\n\nGenerated from the verb registry (the same source as `help VERB` and Tab completion); "
        out += "do not edit by hand: `DOSSIER_RECORD=1 swift test --filter VerbReferenceTests` rewrites it.\n"
        for category in VerbCategory.allCases {
            let verbs = registry.verbs.filter { $0.category == category }
            guard !verbs.isEmpty else { continue }
            out += "\n## \(category.rawValue)\n"
            for v in verbs {
                out += "\n### `\(v.name)`\n\n\(v.summary)\n\n```\n" + page(v) + "```\n"
            }
        }
        out += "\n## Patterns, token queries and search syntax\n\n`help queries`\n\n```\n" + patterns + "```\n"
        out += "\n## Functions\n\n`help functions`\n\n```\n" + Functions.reference + "```\n"
        return out
    }
}
