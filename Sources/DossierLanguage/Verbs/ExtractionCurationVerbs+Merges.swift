import DossierModel
import DossierExtraction

extension Registry {
    /// `ignore` of a name, a list of names or a regex.
    static var ignoreVerb: VerbSpec {
        VerbSpec(
            name: "ignore", category: .curation, summary: "Drop entities and their mentions from every answer",
            parameters: [ParameterSpec("name", .any, required: true, help: "an entity, a [list] of entities, or a regex r\"…\" over names")],
            details: "A name must designate one entity (else the candidates are listed); a regex drops every entity "
                + "whose canonical name it matches (a search: anchor it with ^…$), now and after later re-extraction.",
            example: "ignore [\"Reuter\", \"QTR\"]"
        ) { call, state throws(Diagnostic) in
            let a = ExtractionVerbSupport.annotations(&state)
            switch call.arguments["name"] {
            case .regex(let pattern)?:
                let re = try RegexCache.shared.compile(pattern, at: call.argumentRanges["name"] ?? call.range)
                let hits = a.entities.filter { re.matches($0.name) }
                state.extraction.record(.ignoreMatching(pattern))
                return .string("ignoring \(hits.count) entit\(hits.count == 1 ? "y" : "ies") matching r\"\(pattern)\"")
            case .list(let items)?:
                var names: [String] = []
                for item in items {
                    guard case .string(let s) = item else { throw call.error("a list of names: every item is a text", at: "name") }
                    names.append(a.entities[try ExtractionVerbSupport.curatedEntity(call, "name", name: s, in: a)].name)
                }
                for n in names { state.extraction.record(.ignore(n)) }
                return .string("ignoring " + names.joined(separator: ", "))
            case .string?:
                let e = try ExtractionVerbSupport.curatedEntity(call, "name", in: a)
                state.extraction.record(.ignore(a.entities[e].name))
                return .string("ignoring \(a.entities[e].name)")
            default:
                throw call.error("'ignore' takes a name, a [list] of names or a regex r\"…\"", at: "name")
            }
        }
    }

    /// `unalias FORM`: undo a wrong merge of one form.
    static var unaliasVerb: VerbSpec {
        VerbSpec(
            name: "unalias", category: .curation, summary: "Take a form out of its entity: its mentions become an entity of their own",
            parameters: [ParameterSpec("alias", .string, required: true, help: "an alias or misspelling of an entity")],
            details: "Undoes a wrong merge: the mentions written so leave the entity (with the same type; retype it after if need be).",
            example: "unalias \"Reuter\""
        ) { call, state throws(Diagnostic) in
            let a = ExtractionVerbSupport.annotations(&state)
            let form = call.string("alias") ?? ""
            let f = form.lowercased()
            let owners = a.entities.indices.filter { i in
                a.entities[i].aliases.contains { $0.lowercased() == f } || a.entities[i].misspellings.contains { $0.lowercased() == f }
            }
            guard let e = owners.first else {
                throw call.error("'\(form)' is no alias of any entity", at: "alias", suggestion: "see the aliases column of: entities")
            }
            guard owners.count == 1 else {
                throw call.error(
                    "'\(form)' is an alias of \(owners.count) entities", at: "alias",
                    suggestion: "split one of: " + owners.prefix(8).map { a.entities[$0].name }.joined(separator: ", "))
            }
            state.extraction.record(.unalias(form))
            return .string("'\(form)' is no longer an alias of \(a.entities[e].name)")
        }
    }

    /// `split NAME`: undo every merge into an entity.
    static var splitVerb: VerbSpec {
        VerbSpec(
            name: "split", category: .curation, summary: "Split an entity: each of its forms becomes an entity of its own",
            parameters: [ParameterSpec("name", .entity, required: true, help: "the entity")],
            details: "Undoes a wrong cluster: every alias and misspelling takes its mentions to an entity of its own; "
                + "alias the right ones back.",
            example: "split \"Jordan\""
        ) { call, state throws(Diagnostic) in
            let a = ExtractionVerbSupport.annotations(&state)
            let e = try ExtractionVerbSupport.curatedEntity(call, "name", in: a)
            let forms = a.entities[e].aliases + a.entities[e].misspellings
            guard !forms.isEmpty else { throw call.error("\(a.entities[e].name) has no other forms to split off", at: "name") }
            state.extraction.record(.split(a.entities[e].name))
            return .string("\(a.entities[e].name) split from " + forms.joined(separator: ", "))
        }
    }
}
