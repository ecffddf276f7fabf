import CRMStore
import Testing

@Suite("CRC-32 slicing-by-16")
struct CRC32SlicingTests {
    /// The plain byte-at-a-time definition, to check the sliced loop against at every length and alignment.
    static func reference(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }

    @Test("matches the bytewise definition on random data of every length up to 1100, at every start offset mod 16")
    func matchesReferenceOnLongInputs() {
        var state: UInt64 = 0x5EED
        let data = (0..<1200).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        for length in 0...1100 {
            let start = length % 16
            let slice = Array(data[start..<(start + length)])
            #expect(CRC32.checksum(slice) == Self.reference(slice), "start \(start) length \(length)")
        }
        let journalLine = Array(#"{"seq":1,"at":"2026-11-22T09:00:00Z","user":"user_1","method":"lead.create","changes":[]"#.utf8)
        #expect(CRC32.checksum(journalLine) == Self.reference(journalLine))
    }

    @Test("matches the bytewise definition for every length up to 70 and every start offset")
    func matchesReference() {
        let data = (0..<80).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for start in 0..<8 {
            for length in 0...(70 - start) {
                let slice = Array(data[start..<(start + length)])
                #expect(CRC32.checksum(slice) == Self.reference(slice), "start \(start) length \(length)")
            }
        }
    }
}
