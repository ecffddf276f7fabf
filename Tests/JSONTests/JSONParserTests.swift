import Testing
@testable import JSON

@Suite("JSON parser")
struct JSONParserTests {
    @Test("every pass-corpus case parses and writes back as expected")
    func passCorpus() throws {
        let cases = try CorpusFile.cases("pass.txt")
        #expect(cases.count >= 25)
        for (input, expected) in cases {
            let value = try JSONParser.parse(input)
            #expect(value.bytes == expected, "\(String(decoding: input, as: UTF8.self))")
        }
    }

    @Test("every fail-corpus case is rejected")
    func failCorpus() throws {
        let cases = try CorpusFile.cases("fail.txt")
        #expect(cases.count >= 50)
        for (reason, input) in cases {
            #expect(throws: JSONParseError.self, "\(String(decoding: reason, as: UTF8.self))") { try JSONParser.parse(input) }
        }
    }

    @Test("every proper prefix of a valid document is rejected without crashing")
    func truncations() throws {
        let document = Array(#"{"a":[1,-2.5e3,"ü한😀\n",true,null,{"b":{}}],"c":"\ud83d\ude00"}"#.utf8)
        _ = try JSONParser.parse(document)
        for length in 0..<document.count {
            #expect(throws: JSONParseError.self) { try JSONParser.parse(document[0..<length]) }
        }
    }

    @Test("nesting up to 512 parses; deeper is an error, never a stack overflow", arguments: [1, 511, 512])
    func nestingWithinLimit(depth: Int) throws {
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        _ = try JSONParser.parse(text)
        let objects = String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
        _ = try JSONParser.parse(objects)
    }

    @Test("nesting beyond the limit reports tooDeep", arguments: [513, 100_000])
    func nestingBeyondLimit(depth: Int) {
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: JSONParseError(.tooDeep(limit: 512), at: 512)) { try JSONParser.parse(text) }
    }

    @Test("duplicate keys are rejected in small and large objects")
    func duplicateKeys() {
        #expect(throws: JSONParseError(.duplicateKey("a"), at: 7)) { try JSONParser.parse(#"{"a":1,"a":2}"#) }
        let many = (0..<100).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        #expect(throws: JSONParseError.self) { try JSONParser.parse("{\(many),\"k50\":0}") }
        #expect(throws: Never.self) { try JSONParser.parse("{\(many)}") }
    }

    @Test("error offsets point at the offending byte")
    func errorOffsets() {
        #expect(throws: JSONParseError(.unexpectedByte(UInt8(ascii: "]")), at: 5)) { try JSONParser.parse("[1,2,]") }
        #expect(throws: JSONParseError(.invalidNumber, at: 1)) { try JSONParser.parse("[01]") }
        #expect(throws: JSONParseError(.trailingData, at: 3)) { try JSONParser.parse("{} x") }
        #expect(throws: JSONParseError(.invalidUTF8, at: 2)) { try JSONParser.parse([0x22, 0x61, 0xFF, 0x22]) }
    }

    @Test("object key order is kept")
    func keyOrder() throws {
        let value = try JSONParser.parse(#"{"z":1,"a":2,"m":3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
    }
}
