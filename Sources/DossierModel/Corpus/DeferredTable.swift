import Synchronization

/// A loaded lexicon's hash table, built from its terms on the first lookup and then shared by every
/// copy of the lexicon (see `Lexicon.deferTable`).
final class DeferredTable: Sendable {
    private let built = Mutex<(slots: [UInt64], keys: [UInt64])?>(nil)

    /// The table of `lexicon`'s terms (built under the lock the first time).
    func table(of lexicon: Lexicon) -> (slots: [UInt64], keys: [UInt64]) {
        built.withLock { t in
            if let t { return t }
            let made = Lexicon.table(arena: lexicon.arena, offsets: lexicon.offsets)
            t = made
            return made
        }
    }
}
