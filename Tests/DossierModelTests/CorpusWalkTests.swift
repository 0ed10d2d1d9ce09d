import Foundation
import Testing
@testable import DossierModel

/// The walk's own extension test agrees with Foundation's on the names it meets.
@Suite struct CorpusWalkTests {
    @Test(arguments: [
        "a.txt", "a.TXT", "dir/a.Md", "a.tar.gz", "noext", "dir.d/noext", "trailing.", "dir/x.json", "x.jsonl", "ü.Txt",
        "a b.csv", "dir.v2/file.HTML", "..txt", "dir/.x", "x.t\u{0301}xt",
    ])
    func extensionMatchesFoundation(_ path: String) {
        #expect(CorpusWalk.pathExtension(path) == (path as NSString).pathExtension.lowercased())
    }

    /// Folders nested far deeper than a worker thread's stack would allow a recursive walk: listed,
    /// in order, with the file at the bottom.
    @Test func deeplyNestedFoldersAreWalkedWithoutRecursion() throws {
        let folder = ScratchFolder()
        defer { folder.remove() }
        let deep = Array(repeating: "d", count: 1_500).joined(separator: "/")
        try folder.write("d/first.txt", "One.")
        try folder.write(deep + "/bottom.txt", "Bottom.")
        let listing = try CorpusListing.list(folder.path, confineLinks: false)
        #expect(listing.relative == [deep + "/bottom.txt", "d/first.txt"].sorted())
    }
}
