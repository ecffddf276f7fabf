import JSONRPC
import MCP
import Testing

@Suite("Readable text of tool results")
struct ReadableTextTests {
    @Test("fields one per line, nulls left out, nested records indented, lists as bullets")
    func shape() throws {
        let value = try JSONParser.parse(#"{"id":"lead_1","title":null,"tags":["a","b"],"empty":[],"owner":{"id":"user_1","name":"Ana"},"items":[{"id":"x","n":1},{"id":"y","n":2}],"ok":true}"#)
        #expect(ReadableText.render(value) == """
        id: lead_1
        tags: a, b
        empty: none
        owner:
          id: user_1
          name: Ana
        items:
          - id: x
            n: 1
          - id: y
            n: 2
        ok: yes
        """)
    }

    @Test("deep records are indented two spaces a level, past the eight spaces written as one word")
    func deepIndent() throws {
        let value = try JSONParser.parse(#"{"a":{"b":{"c":{"d":{"e":{"f":"deep","g":[{"h":1}]}}}}}}"#)
        #expect(ReadableText.render(value) == """
        a:
          b:
            c:
              d:
                e:
                  f: deep
                  g:
                    - h: 1
        """)
    }

    @Test("long strings are shortened with a pointer to the structured content; Korean passes through")
    func longAndKorean() throws {
        let svg = String(repeating: "<g/>", count: 400)
        let text = ReadableText.render(["svg": .string(svg), "term": "수주율"])
        #expect(text.contains("<g/>… (shortened; the whole value is in the structured content)"))
        // A cut never splits a Korean character or an escape.
        let korean = ReadableText.render(["note": .string(String(repeating: "가\"", count: 500))])
        #expect(korean.hasSuffix("… (shortened; the whole value is in the structured content)"))
        #expect(!korean.contains("\u{FFFD}"))
        #expect(text.hasSuffix("term: 수주율"))
        #expect(ReadableText.render([:]) == "(empty)")
        #expect(ReadableText.render(["items": [["gone": nil], ["n": 1]], "pairs": [[1, 2], [3]], "mixed": [1, ["a": "b"]]]) == """
        items:
          - (empty)
          - n: 1
        pairs:
          - 1, 2
          - 3
        mixed: 1, {"a":"b"}
        """)
    }
}

@Suite("Readable text written into the answer's buffer")
struct ReadableTextBufferTests {
    /// Many fields, so the rendering is several times the room the sink takes at once, written after
    /// bytes already in the answer, with escapes, Korean and a listed record that renders as nothing.
    @Test("a rendering larger than one room keeps every byte, in order, after what was written")
    func largeRenderingAfterAPrefix() throws {
        var object = JSONObject()
        var expected: [String] = []
        for index in 0..<300 {
            let text = index % 3 == 0 ? "영업 기회 \(index)" : "line \"\(index)\" \\ " + String(repeating: "x", count: index % 40)
            object.append("field\(index)", .string(text))
            expected.append("field\(index): " + text)
        }
        object.append("items", [["gone": nil], ["n": 1]])
        expected.append("items:\n  - (empty)\n  - n: 1")
        let json = JSONValue.object(object).bytes

        var writer = JSONWriter()
        writer.raw("{\"text\":")
        json.withUnsafeBytes { ReadableText.write(json: $0, to: &writer) }
        writer.raw(UInt8(ascii: "}"))

        let answer = try JSONParser.parse(writer.bytes)
        let text = try #require(answer["text"]?.stringValue)
        #expect(text == expected.joined(separator: "\n"))
        #expect(writer.count > 2 * 4096)  // more than one room of 4 KB
    }
}
