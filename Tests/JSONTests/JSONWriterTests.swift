import Testing
@testable import JSON

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("control characters, quotes and line separators are escaped; no raw newline ever")
    func escaping() {
        let nasty = "a\"b\\c\n\r\t\u{08}\u{0C}\u{00}\u{1F}\u{2028}\u{2029}한😀"
        let bytes = JSONValue.string(nasty).bytes
        #expect(!bytes.contains(0x0A) && !bytes.contains(0x0D))
        #expect(String(decoding: bytes, as: UTF8.self) == #""a\"b\\c\n\r\t\b\f\u0000\u001f\u2028\u2029한😀""#)
    }

    @Test("every single scalar of the BMP control range round-trips")
    func roundTripControls() throws {
        for scalar in (0..<0x20).compactMap(Unicode.Scalar.init) {
            let value = JSONValue.string("x\(Character(scalar))y")
            #expect(try JSONParser.parse(value.bytes) == value)
        }
    }

    @Test("compact and pretty output parse back to the same value")
    func roundTrip() throws {
        let value: JSONValue = ["id": .number(JSONNumber(units: 150, decimals: 2)), "list": [1, "two", nil, true, [:], []], "nested": ["k": "v"]]
        #expect(try JSONParser.parse(value.bytes) == value)
        #expect(try JSONParser.parse(value.prettyText) == value)
        #expect(value.jsonText == #"{"id":1.50,"list":[1,"two",null,true,{},[]],"nested":{"k":"v"}}"#)
        #expect(value.prettyText.contains("\n  \"list\": [\n    1,"))
    }
}

@Suite("JSON writer fast paths")
struct JSONWriterFastPathTests {
    @Test("the eight-byte escape check flags exactly the bytes the escaper must see, at every position")
    func escapeCheck() {
        for position in 0..<8 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let expected = value < 0x20 || value == 0x22 || value == 0x5C || value == 0xE2
                #expect(JSONWriter.mayNeedEscaping(word) == expected, "byte \(value) at \(position)")
            }
        }
    }

    @Test("long strings with escapes at every offset write the same as one byte at a time would")
    func longStrings() throws {
        for offset in 0..<24 {
            for special in ["\"", "\\", "\n", "\u{01}", "\u{2028}", "한"] {
                let text = String(repeating: "x", count: offset) + special + String(repeating: "y", count: 17)
                let written = JSONValue.string(text).bytes
                #expect(try JSONParser.parse(written) == .string(text))
                #expect(!written.contains(0x0A))
            }
        }
    }

    @Test("short strings, with and without escapes, before and after eight bytes")
    func shortStrings() throws {
        for length in 0..<20 {
            for special in ["", "\"", "\u{7F}", "\u{1F}", "é", "\u{2029}"] {
                let text = String(repeating: "k", count: length) + special
                let written = JSONValue.string(text).bytes
                #expect(try JSONParser.parse(written) == .string(text))
                let escaped = ["\"", "\u{1F}", "\u{2029}"].contains(special)
                #expect((written.count == text.utf8.count + 2) == !escaped)
            }
        }
    }

    @Test("a repeated value is copied from what was written")
    func appendCopy() {
        var writer = JSONWriter(capacity: 4)  // small, so the copy makes the storage grow
        writer.beginObject()
        writer.key("a")
        let start = writer.count
        writer.write("2026-11-22T09:00:00Z")
        let first = start..<writer.count
        writer.key("b")
        writer.appendCopy(of: first)
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"a":"2026-11-22T09:00:00Z","b":"2026-11-22T09:00:00Z"}"#)
    }

    @Test("nesting deeper than 64 levels still places every comma")
    func deepNesting() throws {
        var value: JSONValue = [1, 2]
        for depth in 0..<100 { value = depth % 2 == 0 ? ["a": value, "b": 3] : [3, value, "x"] }
        #expect(try JSONParser.parse(value.bytes) == value)
        #expect(try JSONParser.parse(value.prettyText) == value)
    }
}
