/// Copies UTF-8 text that can go into a JSON string as it is: no byte `JSONWriter` would escape.
///
/// The writer escapes control characters, `"`, `\` and U+2028/U+2029 (whose UTF-8 starts with
/// 0xE2). It refuses every 0xE2 byte, so it may send text to the escaper that turns out to
/// need nothing (other characters from U+2000 to U+2FFF), but it never lets through text that
/// needs escaping: it can only cost speed, never change bytes.
enum PlainJSONText {
    /// Copies `text` to `target` and returns true when no byte needs escaping; returns false when
    /// one does, having copied some or all of it (the caller drops what it wrote). Each word is
    /// checked as it is copied: checking first and copying after read the text twice, and a copy
    /// of more than 16 bytes called memcpy.
    static func copyIfPlain(_ text: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        let source = UnsafeRawPointer(base)
        let destination = UnsafeMutableRawPointer(target)
        let count = text.count
        if count >= 8 {
            var offset = 0
            while offset &+ 8 <= count {
                let word = source.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if wordNeedsEscaping(word) { return false }
                destination.storeBytes(of: word, toByteOffset: offset, as: UInt64.self)
                offset &+= 8
            }
            if offset < count {
                // The last eight bytes, overlapping what was copied: no byte-by-byte tail.
                let word = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                if wordNeedsEscaping(word) { return false }
                destination.storeBytes(of: word, toByteOffset: count - 8, as: UInt64.self)
            }
        } else if count >= 4 {
            // Two overlapping halves make one word to check.
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            if wordNeedsEscaping(UInt64(head) | UInt64(tail) << 32) { return false }
            destination.storeBytes(of: head, as: UInt32.self)
            destination.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else {
            for index in 0..<count {
                if byteNeedsEscaping(base[index]) { return false }
                target[index] = base[index]
            }
        }
        return true
    }

    @inline(__always)
    static func byteNeedsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2
    }

    /// True when one of the word's eight bytes `byteNeedsEscaping`, exactly (no false answers
    /// either way), by the usual bit trick: in `(v - 0x01…01 * n) & ~v` (n at most 0x80) some byte's
    /// high bit is set exactly when some byte of `v` is below `n`. The four tests share one branch.
    @inline(__always)
    static func wordNeedsEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let separatorLead = word ^ (ones &* 0xE2)
        let flags = ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
            | ((separatorLead &- ones) & ~separatorLead)
        return flags & 0x8080_8080_8080_8080 != 0
    }
}
