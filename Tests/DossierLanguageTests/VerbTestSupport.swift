import DossierModel
import DossierExtraction
import DossierTestSupport
@testable import DossierLanguage

enum VerbRunner {
    static func run(
        _ verb: String, _ args: [String: Value] = [:], scope: [Int]? = nil, corpus: Corpus = CorpusFixtures.seeds
    ) throws -> Value {
        guard let spec = Registry.standard.verb(verb), let evaluate = spec.evaluate else {
            throw Diagnostic.error("no verb \(verb)", at: .unknown)
        }
        var arguments = args
        for o in spec.options where arguments[o.name] == nil { arguments[o.name] = o.defaultValue }
        var state = SessionState(corpus: corpus)
        return try evaluate(VerbCall(verb: verb, arguments: arguments, scope: scope), &state)
    }

    static func table(
        _ verb: String, _ args: [String: Value] = [:], scope: [Int]? = nil, corpus: Corpus = CorpusFixtures.seeds
    ) throws -> Table {
        guard case .table(let t) = try run(verb, args, scope: scope, corpus: corpus) else {
            throw Diagnostic.error("\(verb) did not return a table", at: .unknown)
        }
        return t
    }
}
