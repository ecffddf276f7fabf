import CRMCore
@testable import CRMStore
import JSON
import Testing

@Suite("Stored text cursor")
struct StoredTextCursorTests {
    /// What `write` puts through a cursor over fresh room.
    static func written(_ write: (inout StoredTextCursor) -> Void) -> String {
        var writer = JSONWriter()
        var cursor = StoredTextCursor(writer.appendRoom(atLeast: 256), slack: 64)
        let start = cursor.position
        write(&cursor)
        writer.didAppend(cursor.position - start)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test("digits match JSONWriter's for zero, powers of ten and their neighbours, negatives and the extremes")
    func digits() {
        var values = [0, 1, -1, 9, 10, 11, 99, 100, 101, 977, 20_000, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -power]
        }
        for value in values {
            var writer = JSONWriter()
            writer.writeDigits(Int64(value))
            #expect(Self.written { $0.putDigits(value) } == String(decoding: writer.bytes, as: UTF8.self), "\(value)")
        }
    }

    @Test("ids and times are written as their descriptions in quotes")
    func idsAndTimes() throws {
        for kind in RecordKind.allCases {
            for sequence in [1, 42, 123_456_789_012_345_678] {
                let id = RecordID(kind: kind, sequence: sequence)
                #expect(Self.written { $0.putQuoted(id) } == "\"\(id.description)\"")
            }
        }
        var cache = RFC3339TextCache()
        let time = try #require(Timestamp(rfc3339: "2026-11-22T09:00:00.250Z"))
        #expect(Self.written { $0.putQuoted(time, &cache) } == "\"2026-11-22T09:00:00.250Z\"")
        #expect(Self.written { $0.putQuoted(Optional<Timestamp>.none, &cache) } == "null")
    }

    @Test("text that needs escaping, or does not fit with the slack to spare, is refused")
    func refusedText() {
        var accepted: [Bool] = []
        #expect(Self.written { cursor in accepted.append(cursor.putQuoted("Lead 1")) } == "\"Lead 1\"")
        #expect(Self.written { cursor in accepted.append(cursor.putQuoted(Optional<String>.none)) } == "null")
        _ = Self.written { cursor in accepted.append(cursor.putQuoted("say \"hi\"")) }
        _ = Self.written { cursor in accepted.append(cursor.putQuoted(String(repeating: "x", count: 300))) }
        #expect(accepted == [true, true, false, false])
    }
}
