import Testing
@testable import JSON

/// `JSONWriter` keeps its bytes in its own storage rather than an array; it must still behave as a
/// value: copies independent, truncation and clearing exact, appends of every length intact.
@Suite("JSONWriter storage")
struct JSONWriterStorageTests {
    private func text(_ writer: JSONWriter) -> String { String(decoding: writer.bytes, as: UTF8.self) }

    @Test func copiesAreIndependent() {
        var first = JSONWriter()
        first.raw("[1,")
        var second = first
        first.raw("2]")
        second.raw("3,4]")
        #expect(text(first) == "[1,2]")
        #expect(text(second) == "[1,3,4]")
        var third = second
        third.truncate(to: 1)
        third.raw("9]")
        #expect(text(second) == "[1,3,4]")
        #expect(text(third) == "[9]")
    }

    @Test func truncateRemoveAllAndSetBytes() {
        var writer = JSONWriter(capacity: 4)
        writer.raw("{\"a\":1}")
        #expect(writer.count == 7)
        writer.truncate(to: 1)
        writer.raw("}")
        #expect(text(writer) == "{}")
        writer.removeAll()
        #expect(writer.count == 0 && writer.bytes.isEmpty)
        writer.raw("null")
        writer.removeAll(keepingCapacity: false)
        writer.raw("true")
        #expect(text(writer) == "true")
        writer.bytes = Array("[\"x\"".utf8)
        writer.raw("]")
        #expect(text(writer) == "[\"x\"]")
        writer.bytes.replaceSubrange(1..<4, with: Array("1".utf8))
        #expect(text(writer) == "[1]")
        #expect(writer.withBytes { Array($0) } == writer.bytes)
    }

    /// Every length from 0 to 300 (the short copies are done in place), and growth past the
    /// initial capacity many times over.
    @Test func appendsOfEveryLength() {
        var writer = JSONWriter()
        var expected = [UInt8]()
        for length in 0...300 {
            let chunk = (0..<length).map { UInt8(ascii: "a") + UInt8(($0 + length) % 26) }
            chunk.withUnsafeBufferPointer { writer.raw($0) }
            expected += chunk
            writer.write("k\(length)")
            expected += Array("\"k\(length)\"".utf8)
        }
        #expect(writer.bytes == expected)
        #expect(writer.count == expected.count)
    }

    @Test func keysAndNumbersAsBefore() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("a")
        writer.write(Int64.min)
        writer.key("averyveryveryverylongkeyname")
        writer.write(-7)
        writer.key("n" as String)
        writer.write(JSONNumber(units: 150, decimals: 2))
        writer.endObject()
        #expect(text(writer) == #"{"a":-9223372036854775808,"averyveryveryverylongkeyname":-7,"n":1.50}"#)
    }
}
