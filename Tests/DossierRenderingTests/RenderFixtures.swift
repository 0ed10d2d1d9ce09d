import DossierModel
import DossierExtraction
import DossierLanguage
import DossierTestSupport
@testable import DossierRendering

/// Small tables shared by the rendering tests.
enum RenderFixtures {
    static let kwic = Table(
        columns: [
            Column("doc", .string), Column("left", .string, role: .leftContext), Column("match", .string, role: .match),
            Column("right", .string, role: .rightContext),
        ],
        rows: [
            [.string("000"), .string("Benny"), .string("Gantz"), .string(", a centrist political rival of Prime Minister Netanyahu")],
            [.string("000"), .string("the talks stalled before Ramadan begins next week."), .string("Gantz"),
             .string("allegedly did not receive approval for the trip")],
            [.string("001"), .string("Israeli Cabinet Minister Benny"), .string("Gantz"), .string("'s recent trip to Washington has drawn")],
        ],
        total: 15, unit: "hits")

    static let docs = Table(
        columns: [
            Column("id", .string), Column("date", .date), Column("title", .string), Column("words", .number),
            Column("score", .number),
        ],
        rows: [
            [.string("000_9ab77a9976a034a4"), .null,
             .string("Benny Gantz, a centrist political rival of Prime Minister Benjamin Netanyahu, arrives in Washington"),
             .number(521), .number(1.5)],
            [.string("001_7cacce9e1f613db5"), .date(Day(iso: "2024-03-03")!),
             .string("Israeli Cabinet Minister Benny Gantz's recent trip"), .number(352), .number(0.25)],
            [.string("002_2d58e2d24ab33054"), .date(Day(iso: "2024-03-13")!), .string("Amid escalating violence"),
             .number(1335), .number(12)],
        ])
}
