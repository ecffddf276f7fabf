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

    /// `appendDerived` reads what was written where it lies, after making room, so the bytes it
    /// hands over are the writer's current ones even when the room moved the storage, and a copy
    /// of the writer made before is left alone.
    @Test func appendDerivedReadsInPlaceAfterMakingRoom() {
        var writer = JSONWriter(capacity: 8)
        writer.raw("ab\"cd")
        let before = writer
        let derived = writer.appendDerived(from: 2, capacity: 4096) { source, room in
            #expect(String(decoding: source, as: UTF8.self) == "\"cd")
            for (offset, byte) in source.reversed().enumerated() { room.storeBytes(of: byte, toByteOffset: offset, as: UInt8.self) }
            return source.count
        }
        #expect(derived)
        #expect(text(writer) == "ab\"cddc\"")
        #expect(text(before) == "ab\"cd")
        // Declining leaves the writer as it was.
        #expect(!writer.appendDerived(from: 0, capacity: 16) { _, _ in nil })
        #expect(text(writer) == "ab\"cddc\"")
    }
}

@Suite("Scanning string content eight bytes at a time")
struct StringScanTests {
    /// The scan must stop exactly at the first quote or backslash, whichever byte of a word it is
    /// in, and pass over everything else, non-ASCII included.
    @Test("finds the first quote or backslash from every start, as a byte-by-byte scan does")
    func agreesWithAByteScan() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [UInt8(ascii: "a"), UInt8(ascii: " "), 0xEA, 0xB0, 0x80, 0x7F, 0x22, 0x5C, 0x21, 0x5B, 0x5D, 0xA2, 0xDC]
        for _ in 0..<400 {
            let length = Int.random(in: 0..<80, using: &generator)
            // Mostly plain bytes, so runs of several words and sixteen-byte steps without a match occur.
            let bytes = (0..<length).map { _ in
                Int.random(in: 0..<10, using: &generator) == 0 ? alphabet[Int.random(in: 6..<8, using: &generator)] : alphabet.filter { $0 != 0x22 && $0 != 0x5C }.randomElement(using: &generator)!
            }
            bytes.withUnsafeBytes { raw in
                for start in 0...length {
                    let found = StringScan.skipToQuoteOrBackslash(in: raw, from: start)
                    let firstMatch = bytes[start...].firstIndex { $0 == 0x22 || $0 == 0x5C } ?? length
                    // Sixteen-byte steps, then whole words, are read up to `tail`; fewer than eight
                    // bytes after it are left to the caller's byte loop, so there it stops at the
                    // tail, never past a match.
                    let tail = start + (length - start) / 8 * 8
                    #expect(found == min(firstMatch, tail), "bytes \(bytes), from \(start)")
                }
            }
        }
    }

    @Test("finds the first byte needing attention from every start, as a byte-by-byte scan does")
    func attentionAgreesWithAByteScan() {
        var generator = SystemRandomNumberGenerator()
        let plain: [UInt8] = [UInt8(ascii: "a"), UInt8(ascii: " "), 0x7F, 0x21, 0x5B, 0x5D, 0x20, 0x7E]
        let attention: [UInt8] = [0x22, 0x5C, 0x00, 0x1F, 0x0A, 0x80, 0xEA, 0xFF]
        for _ in 0..<400 {
            let length = Int.random(in: 0..<48, using: &generator)
            let bytes = (0..<length).map { _ in
                Int.random(in: 0..<10, using: &generator) == 0 ? attention.randomElement(using: &generator)! : plain.randomElement(using: &generator)!
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...length {
                    let found = StringScan.firstNeedingAttention(in: buffer, from: start)
                    let firstMatch = bytes[start...].firstIndex { attention.contains($0) || $0 >= 0x80 || $0 < 0x20 } ?? length
                    let tail = start + (length - start) / 8 * 8
                    #expect(found == min(firstMatch, tail), "bytes \(bytes), from \(start)")
                }
            }
        }
    }
}
