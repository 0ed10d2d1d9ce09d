/// A token's place in a named entity, BIO style over the three UniversalNER types.
public enum EntityBIO: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    case outside, beginPerson, insidePerson, beginOrganization, insideOrganization, beginLocation, insideLocation

    /// "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC".
    public var name: String {
        switch self {
        case .outside: "O"
        case .beginPerson: "B-PER"
        case .insidePerson: "I-PER"
        case .beginOrganization: "B-ORG"
        case .insideOrganization: "I-ORG"
        case .beginLocation: "B-LOC"
        case .insideLocation: "I-LOC"
        }
    }

    public var description: String { name }

    /// The tag spelt `name` ("B-PER"); other UNER labels (B-OTH …) read as outside.
    public init(name: Substring) {
        self = EntityBIO.allCases.first { $0.name == name } ?? .outside
    }

    /// True for the I- tags.
    public var isInside: Bool { rawValue != 0 && rawValue % 2 == 0 }

    /// True when this tag may follow `previous` (an I- tag only continues its own type).
    @inline(__always)
    public func canFollow(_ previous: EntityBIO) -> Bool {
        !isInside || previous.rawValue == rawValue || previous.rawValue == rawValue - 1
    }
}
