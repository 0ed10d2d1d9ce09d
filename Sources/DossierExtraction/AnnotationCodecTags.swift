/// The stored codes of the annotation enums: their position in `allCases`, fixed by the codec's format.
enum AnnotationCodecTags {
    static func code<T: CaseIterable & Equatable>(_ v: T) -> UInt32 {
        UInt32(T.allCases.firstIndex(of: v).map { T.allCases.distance(from: T.allCases.startIndex, to: $0) } ?? 0)
    }

    static func value<T: CaseIterable>(_ code: UInt32, as _: T.Type) -> T? {
        let all = Array(T.allCases)
        return Int(code) < all.count ? all[Int(code)] : nil
    }
}
