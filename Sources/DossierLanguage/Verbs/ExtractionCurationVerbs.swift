import DossierModel
import DossierExtraction

extension Registry {
    /// alias, retype, ignore, redate: curation recorded in the session, replayed by notebooks.
    static var curationVerbs: [VerbSpec] {
        [
            VerbSpec(
                name: "alias", category: .curation, summary: "Declare a name another name of an entity",
                parameters: [
                    ParameterSpec("alias", .string, required: true, help: "the other name (an existing entity is merged)"),
                    ParameterSpec("name", .entity, keyword: "=", required: true, help: "the entity it names"),
                ],
                details: "When the alias is itself an entity, its mentions, roles and quotes move to the target.",
                example: "alias \"Netayanu\" = \"Benjamin Netanyahu\""
            ) { call, state throws(Diagnostic) in
                let a = ExtractionVerbSupport.annotations(&state)
                let target = try ExtractionVerbSupport.curatedEntity(call, "name", in: a)
                let alias = call.string("alias") ?? ""
                guard !alias.trimmingSpaces.isEmpty else { throw call.error("empty alias", at: "alias") }
                let name = a.entities[target].name
                state.extraction.record(.alias(alias, name))
                return .string("'\(alias)' is now an alias of \(name)")
            },
            VerbSpec(
                name: "retype", category: .curation, summary: "Change an entity's type",
                parameters: [
                    ParameterSpec("name", .entity, required: true, help: "the entity"),
                    ParameterSpec("type", ExtractionVerbSupport.typeChoice, required: true, help: "person, organization, place or group"),
                ],
                example: "retype \"Likud\" organization"
            ) { call, state throws(Diagnostic) in
                let a = ExtractionVerbSupport.annotations(&state)
                let e = try ExtractionVerbSupport.curatedEntity(call, "name", in: a)
                guard let type = ExtractionVerbSupport.entityType(call) else { throw call.error("unknown type", at: "type") }
                state.extraction.record(.retype(a.entities[e].name, type))
                return .string("\(a.entities[e].name) is now a \(type.rawValue)")
            },
            ignoreVerb, unaliasVerb, splitVerb,
            VerbSpec(
                name: "redate", category: .curation, summary: "Set a document's date (relative dates resolve against it)",
                parameters: [
                    ParameterSpec("doc", .document, required: true, help: "document index or id"),
                    ParameterSpec("date", .date, required: true, help: "the publication date"),
                ],
                example: "redate 0 2024-03-04"
            ) { call, state throws(Diagnostic) in
                let docs = state.corpus.documents
                var index: Int?
                switch call.arguments["doc"] {
                case .number(let n)? where n >= 0 && n < Double(docs.count) && n == n.rounded(): index = Int(n)
                case .string(let s)?:
                    index = docs.firstIndex { $0.id == s } ?? {
                        let m = docs.indices.filter { docs[$0].id.hasPrefix(s) }
                        return m.count == 1 ? m[0] : nil
                    }()
                case .document(let d)?: index = docs.indices.contains(d.index) ? d.index : nil
                default: index = nil
                }
                guard let i = index else {
                    throw call.error("no such document", at: "doc", suggestion: "documents are numbered 0–\(max(0, docs.count - 1)); see: docs")
                }
                let day: Day?
                switch call.arguments["date"] {
                case .date(let d)?: day = d
                case .string(let s)?: day = Day(iso: s)
                default: day = nil
                }
                guard let d = day else { throw call.error("expected a date YYYY-MM-DD", at: "date") }
                state.extraction.record(.redate(i, d))
                return .string("\(docs[i].id) is now dated \(d.iso)")
            },
        ]
    }
}
