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
}
