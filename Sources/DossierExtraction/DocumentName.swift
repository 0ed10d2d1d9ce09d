/// A cluster name as one document uses it: the key for decisions that hold inside a document only.
struct DocumentName: Hashable, Sendable {
    let doc: Int
    let name: String
}
