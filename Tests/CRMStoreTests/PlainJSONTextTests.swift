@testable import CRMStore
import JSON
import Testing

@Suite("Plain JSON text copy")
struct PlainJSONTextTests {
    static func bytewise(_ bytes: [UInt8]) -> Bool {
        !bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }
    }

    /// Copies `bytes` through `copyIfPlain`; its answer, and whether the copy is exact when it says yes.
    static func copy(_ bytes: [UInt8]) -> (plain: Bool, copiedExactly: Bool) {
        var target = [UInt8](repeating: 0xAA, count: bytes.count + 8)
        let plain = bytes.withUnsafeBufferPointer { source in
            target.withUnsafeMutableBufferPointer { PlainJSONText.copyIfPlain(source, to: $0.baseAddress!) }
        }
        return (plain, Array(target[..<bytes.count]) == bytes && target[bytes.count...].allSatisfy { $0 == 0xAA })
    }

    @Test("agrees with the bytewise definition for every byte value at every position of 1 to 20 bytes, and copies exactly")
    func everyByteEverywhere() {
        for length in 1...20 {
            for position in 0..<length {
                for value in 0...255 {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = UInt8(value)
                    let (plain, copiedExactly) = Self.copy(bytes)
                    #expect(plain == Self.bytewise(bytes), "length \(length) position \(position) byte \(value)")
                    if plain { #expect(copiedExactly, "length \(length) position \(position) byte \(value)") }
                }
            }
        }
        #expect(Self.copy([]) == (true, true))
    }

    @Test("agrees with the bytewise definition on words mixing high, low and special bytes")
    func mixedWords() {
        let values: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA8, 0xE1, 0xE2, 0xE3, 0xFF]
        var state: UInt64 = 7
        for _ in 0..<20_000 {
            let bytes = (0..<Int(state % 24 + 1)).map { _ -> UInt8 in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return values[Int(state >> 33) % values.count]
            }
            let (plain, copiedExactly) = Self.copy(bytes)
            #expect(plain == Self.bytewise(bytes), "\(bytes)")
            if plain { #expect(copiedExactly, "\(bytes)") }
        }
    }

    @Test("text it passes is written unchanged by JSONWriter")
    func passedTextIsNotEscaped() {
        for text in ["", "Lead 1", "lead1@bench.example", "김 패션 Ｎｉｋｅ Café 😀", "a/b", String(repeating: "x", count: 100)] {
            #expect(Self.copy(Array(text.utf8)) == (true, true))
            var writer = JSONWriter()
            writer.write(text)
            #expect(writer.bytes == [UInt8(ascii: "\"")] + Array(text.utf8) + [UInt8(ascii: "\"")])
        }
    }
}
