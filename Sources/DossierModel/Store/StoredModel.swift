/// A corpus model as stored: the final documents and their analysis, plus where each document came
/// from (so an open after a few files changed reuses the rest).
struct StoredModel {
    /// One corpus file: its path and SHA-256, the parse warnings it gave, how many documents it made.
    struct File: Sendable, Hashable {
        var path: String
        var digest: [UInt8]
        var warnings: [String]
        var documentCount: Int
    }

    /// Where a final document came from: its file, its place among that file's documents, and the id
    /// and title the parser gave it (before ids were made unique and empty titles filled).
    struct Origin: Sendable, Hashable {
        var file: Int
        var ordinal: Int
        var rawID: String
        var rawTitle: String
    }

    var fingerprint: String
    /// The corpus's warnings from parsing and from making ids unique (not those of the listing).
    var warnings: [String]
    var files: [File]
    var origins: [Origin]
    var documents: [CorpusDocument]
    var analysis: Analysis
}
