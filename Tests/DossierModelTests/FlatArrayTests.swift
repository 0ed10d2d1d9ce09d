import Foundation
import Testing
@testable import DossierModel

/// The flat arrays a corpus holds: built in memory, or views of a mapped model file.
@Suite struct FlatArrayTests {
    @Test func aWrappedArrayReadsLikeTheArray() {
        let values: [UInt32] = [5, 3, 9, 0, 7]
        let flat = FlatArray(values)
        #expect(flat.count == 5)
        #expect(Array(flat) == values)
        #expect(flat[2] == 9)
        #expect(Array(flat[1..<3]) == [3, 9])
        #expect(flat.array == values)
        #expect(flat == FlatArray(values))
        #expect(flat != FlatArray([5, 3, 9, 0]))
        #expect(flat.withUnsafeBytes { $0.count } == 20)
        let empty: FlatArray<UInt8> = []
        #expect(empty.isEmpty && empty.array == [])
    }

    @Test func aViewOfAMappedSectionOutlivesItsReaderAndItsFile() throws {
        let dir = ScratchFolder()
        defer { dir.remove() }
        let path = dir.path + "/view.model"
        let values = (0..<10_000).map { UInt32($0 &* 2_654_435_761 % 1_000_003) }
        let key = [UInt8](repeating: 7, count: 32)
        let w = try #require(ModelFileWriter(path: path, kind: "test", analyserKey: "k", contentKey: key, sectionCapacity: 2))
        w.add("odd", [UInt8](repeating: 1, count: 3))
        w.add("values", values)
        #expect(w.finish())
        var view: FlatArray<UInt32>?
        do {
            let r = try #require(ModelFileReader.open(path: path, kind: "test", analyserKey: "k", contentKey: key))
            view = r.view("values", UInt32.self)
            // Not a whole number of elements: refused, never read past the section.
            #expect(r.view("odd", UInt32.self) == nil)
        }
        // The reader is gone and so is the file: the view keeps the mapping.
        try FileManager.default.removeItem(atPath: path)
        let v = try #require(view)
        #expect(v.count == values.count)
        #expect(Array(v) == values)
    }

    @Test func aDamagedSectionGivesNoView() throws {
        let dir = ScratchFolder()
        defer { dir.remove() }
        let path = dir.path + "/damaged.model"
        let key = [UInt8](repeating: 1, count: 32)
        let w = try #require(ModelFileWriter(path: path, kind: "test", analyserKey: "k", contentKey: key, sectionCapacity: 1))
        w.add("values", [UInt32](repeating: 42, count: 64))
        #expect(w.finish())
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count - 5] ^= 0x10
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let r = try #require(ModelFileReader.open(path: path, kind: "test", analyserKey: "k", contentKey: key))
        r.verify(r.tags)
        #expect(r.view("values", UInt32.self) == nil)
    }
}
