import Testing
@testable import JSONRPC

@Suite("Line framing")
struct LineFramerTests {
    enum Seen: Equatable {
        case line(String)
        case tooLarge
    }

    /// Feeds `input` in the given chunk sizes (cycling), then finishes the stream.
    static func frame(_ input: [UInt8], chunks: [Int], limit: Int = 64) -> [Seen] {
        var framer = LineFramer(maximumLineBytes: limit)
        var seen: [Seen] = []
        let record: (LineFramer.Event) -> Void = { event in
            switch event {
            case .line(let bytes): seen.append(.line(String(decoding: bytes, as: UTF8.self)))
            case .tooLarge: seen.append(.tooLarge)
            }
        }
        var offset = 0
        var chunkIndex = 0
        while offset < input.count {
            let size = max(1, chunks[chunkIndex % chunks.count])
            let end = min(input.count, offset + size)
            input[offset..<end].withUnsafeBytes { framer.feed($0, record) }
            offset = end
            chunkIndex += 1
        }
        framer.finish(record)
        return seen
    }

    static let stream: [UInt8] = Array("\u{FEFF}first\r\n\n   \n\tsecond\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 100)
        + Array("\nthird\r\n\r\nunterminated last".utf8)

    static let expected: [Seen] = [.line("first"), .line("\tsecond"), .tooLarge, .line("third"), .line("unterminated last")]

    @Test("BOM, CRLF, blank lines, oversized line and an unterminated last line, read whole")
    func whole() {
        #expect(Self.frame(Self.stream, chunks: [Self.stream.count]) == Self.expected)
    }

    @Test("the same events whatever the split point")
    func everySplitPoint() {
        for split in 1..<Self.stream.count {
            #expect(Self.frame(Self.stream, chunks: [split, Self.stream.count]) == Self.expected, "split at \(split)")
        }
    }

    @Test("the same events fed one byte, or a few bytes, at a time", arguments: [[1], [2], [3, 7], [13, 1, 5]])
    func smallChunks(chunks: [Int]) {
        #expect(Self.frame(Self.stream, chunks: chunks) == Self.expected)
    }

    @Test("a line of exactly the limit passes, with or without a CR; one byte more is too large")
    func limitBoundary() {
        let exact = Array(repeating: UInt8(ascii: "a"), count: 64)
        for chunk in [1, 5, 64, 200] {
            #expect(Self.frame(exact + [0x0D, 0x0A], chunks: [chunk]) == [.line(String(repeating: "a", count: 64))])
            #expect(Self.frame(exact + [0x0A], chunks: [chunk]) == [.line(String(repeating: "a", count: 64))])
            #expect(Self.frame(exact + [0x61, 0x0A, 0x62, 0x0A], chunks: [chunk]) == [.tooLarge, .line("b")])
        }
    }

    @Test("an oversized line is never held whole")
    func oversizedIsNotBuffered() {
        var framer = LineFramer(maximumLineBytes: 16)
        var events = 0
        let chunk = [UInt8](repeating: UInt8(ascii: "z"), count: 1000)
        for _ in 0..<100 {
            chunk.withUnsafeBytes { framer.feed($0) { _ in events += 1 } }
            #expect(framer.hasPartialLine)
        }
        #expect(events == 1)
        [UInt8(ascii: "\n")].withUnsafeBytes { framer.feed($0) { _ in events += 1 } }
        #expect(!framer.hasPartialLine)
        #expect(events == 1)
    }

    @Test("a BOM later in the stream is data, not skipped")
    func bomOnlyAtStart() {
        let input = Array("a\n\u{FEFF}b\n".utf8)
        #expect(Self.frame(input, chunks: [1]) == [.line("a"), .line("\u{FEFF}b")])
    }
}
