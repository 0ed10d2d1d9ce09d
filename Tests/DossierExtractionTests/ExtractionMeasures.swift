import Foundation
import DossierModel
import DossierTestSupport
@testable import DossierExtraction

/// The measures of issue 10 for one set: types of the frequent names, names split over two types,
/// direct quotes found and right, speakers of the quotes found.
struct ExtractionMeasures: Sendable {
    var documents = 0
    /// Gold names scored (the most frequent, at most 150).
    var names = 0
    var typeCorrect = 0
    /// Scored names whose mentions the engine gave two or more entity types.
    var split = 0
    /// Gold direct quotations (kind speech).
    var goldQuotes = 0
    var found = 0
    /// Extracted speech quotations that are not inside a gold title or scare quote.
    var extracted = 0
    var extractedRight = 0
    var speakerRight = 0
    var typeErrors: [String] = []
    var quoteErrors: [String] = []

    var typeAccuracy: Double { ratio(typeCorrect, names) }
    var recall: Double { ratio(found, goldQuotes) }
    var precision: Double { ratio(extractedRight, extracted) }
    var speakerAccuracy: Double { ratio(speakerRight, found) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    static func + (a: Self, b: Self) -> Self {
        var s = a
        s.documents += b.documents
        s.names += b.names
        s.typeCorrect += b.typeCorrect
        s.split += b.split
        s.goldQuotes += b.goldQuotes
        s.found += b.found
        s.extracted += b.extracted
        s.extractedRight += b.extractedRight
        s.speakerRight += b.speakerRight
        s.typeErrors += b.typeErrors
        s.quoteErrors += b.quoteErrors
        return s
    }
}
