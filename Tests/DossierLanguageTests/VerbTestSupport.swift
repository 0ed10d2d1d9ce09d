import DossierModel
import DossierExtraction
import DossierTestSupport
@testable import DossierLanguage

enum VerbRunner {
    static func run(
        _ verb: String, _ args: [String: Value] = [:], scope: [Int]? = nil, corpus: Corpus = CorpusFixtures.seeds
    ) throws -> Value {
        var state = SessionState(corpus: corpus)
        return try run(verb, args, scope: scope, state: &state)
    }

    /// Calls the verb's registry entry as the evaluator does (options defaulted), in `state`.
    static func run(_ verb: String, _ args: [String: Value] = [:], scope: [Int]? = nil, state: inout SessionState) throws -> Value {
        guard let spec = Registry.standard.verb(verb), let evaluate = spec.evaluate else {
            throw Diagnostic.error("no verb \(verb)", at: .unknown)
        }
        var arguments = args
        for o in spec.options where arguments[o.name] == nil { arguments[o.name] = o.defaultValue }
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
