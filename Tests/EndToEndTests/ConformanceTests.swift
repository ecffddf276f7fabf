import Foundation
import JSONRPC
import Testing

/// Replays the golden transcripts in `protocol/conformance/` against the built binary.
///
/// Each file starts with `{"args": [...]}`; every other line is `{"comment", "send" | "sendBase64",
/// "expect"}` where `expect` is the exact answer line, or null when the line must not be answered.
/// Another client or implementation can replay the same files.
@Suite("Conformance transcripts")
struct ConformanceTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("protocol/conformance")

    static var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted()
    }

    @Test("the transcripts exist")
    func present() {
        #expect(Self.files.count >= 5)
    }

    @Test("every transcript replays exactly", arguments: files)
    func replay(file: String) throws {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent(file))
        let lines = data.split(separator: UInt8(ascii: "\n")).map { try? JSONParser.parse(Array($0)) }
        let header = try #require(lines.first ?? nil)
        let arguments = try #require(header["args"]?.arrayValue).compactMap { $0.stringValue }
        var input: [UInt8] = []
        var expected: [(comment: String, answer: JSONValue)] = []
        for case let entry? in lines.dropFirst() {
            if let send = entry["send"]?.stringValue {
                input += Array(send.utf8)
            } else if let encoded = entry["sendBase64"]?.stringValue, let raw = Data(base64Encoded: encoded) {
                input += Array(raw)
            } else {
                Issue.record("\(file): an entry without send: \(entry.jsonText)")
            }
            input.append(0x0A)
            if let answer = entry["expect"], answer != .null {
                expected.append((entry["comment"]?.stringValue ?? "", answer))
            }
        }
        let server = try ServerProcess(arguments)
        server.writeInBackground(input, thenClose: true)
        let answers = server.readRemainingLines()
        #expect(answers.count == expected.count, "\(file): \(answers.count) answers for \(expected.count) expected")
        for (answer, expectation) in zip(answers, expected) {
            let actual = try JSONParser.parse(answer)
            #expect(actual == expectation.answer, "\(file): \(expectation.comment)\n got: \(answer)\nwant: \(expectation.answer.jsonText)")
        }
        #expect(server.waitForExit() == 0)
    }
}
