import JSONRPC
@testable import MCP
import Testing

/// `FlatObjectText` renders a flat record in one pass; it must write exactly what the general
/// renderer writes, or decline and write nothing.
@Suite("Readable text of a flat record")
struct FlatObjectTextTests {
    static let longest = String(repeating: "x", count: ReadableText.longStringLimit)

    /// Records the fast path takes.
    static let flat: [String] = [
        #"{"id":"lead_1","name":"Sophie Martin","title":null,"version":1,"archived":false}"#,
        #"{"a":"b"}"#,
        #"{"n":-1.5e3,"m":0,"k":12345678901234567890,"t":true,"f":false}"#,
        #"{"first":null,"second":"after a null","third":null}"#,
        #"{"name":"김서연","company":"클로 버추얼 패션","note":"한국어 and English, mixed: \u00e9 aside"}"#.replacingOccurrences(of: #"\u00e9"#, with: "é"),
        #"{"long":"\#(longest)"}"#,
        #"{"spaces":"  padded  ","punctuation":"a,b:c}d{e[f]g","empty":""}"#,
        #"{"key with spaces":"v","x_1":"y"}"#,
        #"{"note":"line one\nline two","path":"C:\\temp\\x","u":"\u00e9"}"#,
        #"{"quote":"say \"hi\"","path":"C:\\","k\"ey":1}"#,
    ]

    /// Objects the fast path must leave to the renderer (nesting, a string to shorten, nothing but
    /// nulls, not an object at all).
    static let others: [String] = [
        #"{"owner":{"id":"user_1"}}"#,
        #"{"tags":["a","b"]}"#,
        #"{"id":"x","items":[{"n":1}]}"#,
        #"{"long":"\#(longest)y"}"#,
        #"{"gone":null}"#,
        #"{}"#,
        #"[1,2]"#,
        #""text""#,
    ]

    private func fast(_ json: String) -> String? {
        var output = JSONWriter()
        output.raw("prefix:")
        let taken = Array(json.utf8).withUnsafeBytes { FlatObjectText.write($0, to: &output) }
        let text = String(decoding: output.bytes, as: UTF8.self)
        guard taken else {
            #expect(text == "prefix:", "declined, yet wrote something")
            return nil
        }
        return text
    }

    private func general(_ json: String) -> String {
        var output = JSONWriter()
        output.raw("prefix:")
        Array(json.utf8).withUnsafeBytes { ReadableText.writeByRenderer(json: $0, to: &output) }
        return String(decoding: output.bytes, as: UTF8.self)
    }

    @Test("flat records take the one pass and read as the renderer writes them", arguments: flat)
    func flatRecords(json: String) throws {
        let text = try #require(fast(json))
        #expect(text == general(json))
        // And the result is a JSON string, as it lands inside the answer.
        let value = try JSONParser.parse(String(text.dropFirst("prefix:".count)))
        #expect(value.stringValue != nil)
    }

    @Test("everything else is left to the renderer", arguments: others)
    func othersDecline(json: String) {
        #expect(fast(json) == nil)
    }

    /// Every flat record with one byte removed, replaced or added, wherever the result is still
    /// JSON: the one pass either declines or agrees with the renderer.
    @Test("changed at every byte, it agrees or declines", arguments: flat.prefix(5))
    func changedAtEveryByte(json: String) {
        let bytes = Array(json.utf8)
        for position in bytes.indices {
            for byte in Array(#"",:{}[]\n0 "#.utf8) {
                var replaced = bytes, inserted = bytes, removed = bytes
                replaced[position] = byte
                inserted.insert(byte, at: position)
                removed.remove(at: position)
                for variant in [replaced, inserted, removed] {
                    guard (try? JSONParser.parse(variant)) != nil else { continue }
                    let text = String(decoding: variant, as: UTF8.self)
                    if let rendered = fast(text) { #expect(rendered == general(text), "\(text)") }
                }
            }
        }
    }
}
