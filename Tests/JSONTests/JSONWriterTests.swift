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
