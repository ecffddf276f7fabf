/// Skipping bytes that need no attention eight at a time: most of a document is string content and,
/// in indented files, runs of spaces.
public enum StringScan {
    /// The first index at or after `index` where eight spaces in a row do not start.
    @inline(__always)
    static func skipSpaces(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        guard let base = bytes.baseAddress else { return index }
        let raw = UnsafeRawPointer(base)
        var index = index
        while index + 8 <= bytes.count && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) == 0x2020_2020_2020_2020 {
            index += 8
        }
        return index
    }

    /// Whether any of the eight bytes in `word` is below 0x20, a quote, a backslash or ≥ 0x80 (the
    /// classic "has zero byte" bit trick, applied three times; exact, no false negatives).
    @inlinable @inline(__always)
    public static func mayNeedAttention(_ word: UInt64) -> Bool {
        attentionBits(word) != 0
    }

    /// The high bit of each byte of `word` that may need attention (see `mayNeedAttention`); the
    /// lowest one set is exact, as a borrow only flags bytes above a true match.
    @inlinable @inline(__always)
    public static func attentionBits(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let below20 = (word &- ones &* 0x20) & ~word
        let hasQuote = (quotes &- ones) & ~quotes
        let hasBackslash = (backslashes &- ones) & ~backslashes
        return (word | below20 | hasQuote | hasBackslash) & highBits
    }

    /// The index of the first byte at or after `index` that is below 0x20, a quote, a backslash or
    /// ≥ 0x80, found eight bytes at a time; or, when there is none, where fewer than eight remain.
    @inlinable @inline(__always)
    public static func firstNeedingAttention(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        guard let base = bytes.baseAddress else { return index }
        let raw = UnsafeRawPointer(base)
        var index = index
        while index + 8 <= bytes.count {
            let found = attentionBits(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        return index
    }

    /// The index of the first quote or backslash at or after `index` (or where fewer than eight
    /// bytes remain): inside a string of valid JSON, where it ends or an escape begins. Non-ASCII
    /// text (Korean) passes at the same speed as ASCII.
    @inlinable @inline(__always)
    public static func skipToQuoteOrBackslash(in bytes: UnsafeRawBufferPointer, from index: Int) -> Int {
        guard let base = bytes.baseAddress else { return index }
        var index = index
        // Sixteen bytes a step in vector registers (SSE2 on every x86-64, NEON on arm64): a long
        // string (a glossary definition rendered as text) takes half the instructions of the
        // word-at-a-time test below, which finishes what is left. The constants are whole vectors:
        // comparing with a scalar goes through a generic element-by-element path.
        let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C)
        while index + 16 <= bytes.count {
            let chunk = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            // 0xFF in the lanes that match, read as two little-endian words.
            let found = unsafeBitCast(chunk .== quote, to: SIMD2<UInt64>.self) | unsafeBitCast(chunk .== backslash, to: SIMD2<UInt64>.self)
            if found[0] != 0 { return index + found[0].trailingZeroBitCount >> 3 }
            if found[1] != 0 { return index + 8 + found[1].trailingZeroBitCount >> 3 }
            index += 16
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            let found = ((quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes) & highBits
            // The lowest flagged byte is exact: a borrow can only flag bytes above a true match.
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        return index
    }

    /// The index of the quote that closes the JSON string whose content starts at `index`, escapes
    /// stepped over; `bytes.count` when the string is not closed.
    @inlinable @inline(__always)
    public static func closingQuote(in bytes: UnsafeRawBufferPointer, from index: Int) -> Int {
        var index = index
        while true {
            index = skipToQuoteOrBackslash(in: bytes, from: index)
            guard index < bytes.count else { return bytes.count }
            switch bytes[index] {
            case UInt8(ascii: "\""): return index
            case UInt8(ascii: "\\"): index += 2  // an escape and the byte it escapes
            default: index += 1  // the last few bytes, which the scan leaves to this loop
            }
        }
    }
}
