import JSONRPC

/// `ReadableText` for the result most tools return: one record, a flat object of strings, numbers,
/// booleans and nulls. Written in one pass straight into the answer, as the same bytes the general
/// renderer writes.
///
/// A flat record's text is its JSON with the punctuation swapped (`"key":"value",` becomes
/// `key: value\n`), so it can never be longer than the JSON: one reservation covers it, and each
/// line is three copies. Strings are found eight bytes a step. Anything else (a nested value, an
/// escape, a long string to shorten, an empty record) gives false before a byte is counted, and
/// the general renderer takes it.
enum FlatObjectText {
    /// Writes the text of `json`, the compact JSON this server writes, as a JSON string; false,
    /// with nothing written, when it is not a flat object this path renders.
    static func write(_ json: UnsafeRawBufferPointer, to output: inout JSONWriter) -> Bool {
        let count = json.count
        guard count > 2, let source = json.baseAddress, json[0] == UInt8(ascii: "{"), json[count - 1] == UInt8(ascii: "}") else { return false }
        // The text is at most the JSON's length; two quotes and a spare word besides.
        let room = output.appendRoom(atLeast: count + 16)
        guard let target = room.baseAddress else { return false }
        var written = 0
        func put(_ start: Int, _ end: Int) {
            ByteCopy.copy(source + start, to: target + written, end - start)
            written += end - start
        }
        func put(_ text: StaticString) {
            ByteCopy.copy(text.utf8Start, to: target + written, text.utf8CodeUnitCount)
            written += text.utf8CodeUnitCount
        }
        target[0] = UInt8(ascii: "\"")
        written = 1
        var index = 1
        while true {
            // `"key":`, its key plain (no escape).
            guard json[index] == UInt8(ascii: "\""), let keyEnd = closingQuote(json, from: index + 1),
                  keyEnd + 2 < count, json[keyEnd + 1] == UInt8(ascii: ":") else { return false }
            let keyStart = index + 1
            let value = keyEnd + 2
            func startLine() {
                if written > 1 { put("\\n") }
                put(keyStart, keyEnd)
                put(": ")
            }
            switch json[value] {
            case UInt8(ascii: "\""):
                guard let end = closingQuote(json, from: value + 1), end - value - 1 <= ReadableText.longStringLimit else { return false }
                startLine()
                put(value + 1, end)
                index = end + 1
            case UInt8(ascii: "n"):
                guard matches(json, "null", at: value) else { return false }
                index = value + 4
            case UInt8(ascii: "t"):
                guard matches(json, "true", at: value) else { return false }
                startLine()
                put("yes")
                index = value + 4
            case UInt8(ascii: "f"):
                guard matches(json, "false", at: value) else { return false }
                startLine()
                put("no")
                index = value + 5
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                var end = value + 1
                while end < count, json[end] != UInt8(ascii: ","), json[end] != UInt8(ascii: "}") { end += 1 }
                startLine()
                put(value, end)
                index = end
            default:
                return false  // a nested object or list: the general renderer indents it
            }
            guard index < count else { return false }
            if json[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard json[index] == UInt8(ascii: "}"), index == count - 1 else { return false }
            break
        }
        guard written > 1 else { return false }  // only nulls: the general renderer says "(empty)"
        target[written] = UInt8(ascii: "\"")
        output.didAppend(written + 1)
        return true
    }

    /// The index of the quote that closes the string whose content starts at `start`; nil at a
    /// backslash (an escape: the general renderer copies those) or at the end.
    @inline(__always)
    private static func closingQuote(_ json: UnsafeRawBufferPointer, from start: Int) -> Int? {
        let base = json.baseAddress!
        var index = start
        while index + 8 <= json.count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let found = quoteOrBackslashBits(word)
            if found != 0 {
                index += found.trailingZeroBitCount >> 3
                return json[index] == UInt8(ascii: "\"") ? index : nil
            }
            index += 8
        }
        while index < json.count {
            switch json[index] {
            case UInt8(ascii: "\""): return index
            case UInt8(ascii: "\\"): return nil
            default: index += 1
            }
        }
        return nil
    }

    /// The high bit of each byte of `word` that may be a quote or a backslash; the lowest one set
    /// is exact (a borrow only flags bytes above a true match), which is the one read.
    @inline(__always)
    private static func quoteOrBackslashBits(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        return (((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)) & (ones &* 0x80)
    }

    @inline(__always)
    private static func matches(_ json: UnsafeRawBufferPointer, _ literal: StaticString, at index: Int) -> Bool {
        guard index + literal.utf8CodeUnitCount <= json.count else { return false }
        for offset in 0..<literal.utf8CodeUnitCount where json[index + offset] != literal.utf8Start[offset] { return false }
        return true
    }
}
