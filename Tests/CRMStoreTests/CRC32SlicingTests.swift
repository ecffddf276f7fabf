import CRMStore
import Testing

@Suite("CRC-32 slicing-by-8")
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
