/// Whether UTF-8 text can go into a JSON string as it is: no byte `JSONWriter` would escape.
///
/// The writer escapes control characters, `"`, `\` and U+2028/U+2029 (whose UTF-8 starts with
/// 0xE2). This test refuses every 0xE2 byte, so it may send text to the escaper that turns out to
/// need nothing (other characters from U+2000 to U+2FFF), but it never lets through text that
/// needs escaping: it can only cost speed, never change bytes.
enum PlainJSONText {
    static func needsNoEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return true }
        let count = utf8.count
        var index = 0
        // Eight bytes at a time: names, emails and company names are mostly longer than a word.
        while index + 8 <= count {
            if wordNeedsEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return false }
            index += 8
        }
        while index < count {
            if byteNeedsEscaping(base[index]) { return false }
            index += 1
        }
        return true
    }

    @inline(__always)
    static func byteNeedsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2
    }

    /// True when one of the word's eight bytes `byteNeedsEscaping`, exactly (no false answers
    /// either way), by the usual bit tricks: `x - 0x01…01` borrows into a byte's high bit only where
    /// that byte was below the subtrahend.
    @inline(__always)
    static func wordNeedsEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasByteBelow(_ value: UInt64, _ limit: UInt64) -> Bool {
            (value &- ones &* limit) & ~value & highBits != 0
        }
        return hasByteBelow(word, 0x20) || hasByteBelow(word ^ (ones &* 0x22), 1) || hasByteBelow(word ^ (ones &* 0x5C), 1)
            || hasByteBelow(word ^ (ones &* 0xE2), 1)
    }
}
