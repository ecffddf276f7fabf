/// Whether bytes are well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no surrogates,
/// nothing past U+10FFFF), for the fast reader's non-ASCII strings.
///
/// `String(decoding:)` validates too, through the general decoder, and then the reader compared its
/// result with the bytes: 2.6M instructions a load for the Korean strings, against 1.5M for this
/// check, which takes the common three-byte characters (all of Hangul) two at a time. The string
/// is then made from the checked bytes without a second validation (`GlossaryByteReader.text`).
enum UTF8Check {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The common case, every Hangul syllable among them: three-byte characters, two at a
            // time when eight bytes can be read, each a lead E0–EF and two continuation bytes
            // tested at once on the bytes read as one word.
            if index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if word & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0 {
                    let first = UInt32(truncatingIfNeeded: word), second = UInt32(truncatingIfNeeded: word >> 24)
                    guard isInRange(threeByte: first), isInRange(threeByte: second) else { return false }
                    index += 6
                    continue
                }
            }
            if index + 4 <= count {
                let word = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt32.self))
                if word & 0x00C0_C0F0 == 0x0080_80E0 {
                    guard isInRange(threeByte: word) else { return false }
                    index += 3
                    continue
                }
            }
            if lead >= 0xE0 && lead < 0xF0 {
                guard index + 2 < count else { return false }
                let second = bytes[index + 1], third = bytes[index + 2]
                // E0 needs A0–BF second (else overlong), ED 80–9F (else a surrogate), others 80–BF.
                let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80, high: UInt8 = lead == 0xED ? 0x9F : 0xBF
                guard second >= low, second <= high, third & 0xC0 == 0x80 else { return false }
                index += 3
            } else if lead >= 0xC2 && lead < 0xE0 {
                guard index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 else { return false }
                index += 2
            } else if lead >= 0xF0 && lead <= 0xF4 {
                guard index + 3 < count else { return false }
                let second = bytes[index + 1]
                // F0 needs 90–BF second (else overlong), F4 80–8F (else past U+10FFFF).
                let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80, high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
                guard second >= low, second <= high, bytes[index + 2] & 0xC0 == 0x80, bytes[index + 3] & 0xC0 == 0x80 else {
                    return false
                }
                index += 4
            } else {
                // A continuation byte where a character should start, C0, C1, or F5–FF.
                return false
            }
        }
        return true
    }

    /// Whether a three-byte sequence (read little-endian, its lead E0–EF and two continuation bytes
    /// already checked) is neither overlong (E0 with a second byte below A0) nor a surrogate (ED
    /// with a second byte from A0): the lead's low four bits and bit 5 of the second byte index a
    /// 32-bit set of those two cases. Testing the two leads apart sent every syllable from
    /// U+D000 (ED) to the slow path, and those are common in Korean (하, 해, 한, 프, 트, …).
    @inline(__always)
    private static func isInRange(threeByte sequence: UInt32) -> Bool {
        let key = (sequence & 0x0F) << 1 | (sequence >> 13) & 1
        // Bit 0: E0 with a second byte 80–9F; bit 27: ED with A0–BF.
        return (0x0800_0001 as UInt32) >> key & 1 == 0
    }
}
