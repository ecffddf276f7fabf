import JSONRPC

/// `ReadableText` for the result most tools return: one record, a flat object of strings, numbers,
/// booleans and nulls. Written in one pass straight into the answer, as the same bytes the general
/// renderer writes.
///
/// A flat record's text is its JSON with the punctuation swapped (`"key":"value",` becomes
/// `key: value\n`), so it can never be longer than the JSON: one reservation covers it, and each
/// line is three copies. String contents are copied as they are, escapes included (they are valid
/// inside the text's own JSON string), so only the closing quotes need finding, with the scan the
/// general renderer uses. Anything else (a nested value, a long string to shorten, a record of
/// nulls) gives false before a byte is counted, and the general renderer takes it.
enum FlatObjectText {
    /// Writes the text of `json`, the compact JSON this server writes, as a JSON string; false,
    /// with nothing written, when it is not a flat object this path renders.
    static func write(_ json: UnsafeRawBufferPointer, to output: inout JSONWriter) -> Bool {
        let room = output.appendRoom(atLeast: roomNeeded(json.count))
        guard let target = UnsafeMutableRawPointer(room.baseAddress), let written = write(json, into: target) else { return false }
        output.didAppend(written)
        return true
    }

    /// The room `write(_:into:)` needs for a JSON text of `count` bytes: the text is at most the
    /// JSON's length, and two quotes and a spare word go with it.
    static func roomNeeded(_ count: Int) -> Int { count + 16 }

    /// Writes the text of `json` as a JSON string at `target`, which has `roomNeeded(json.count)`
    /// bytes; how many it wrote, or nil when `json` is not a flat object this path renders.
    static func write(_ json: UnsafeRawBufferPointer, into target: UnsafeMutableRawPointer) -> Int? {
        let count = json.count
        guard count > 2, let source = json.baseAddress,
              source.load(as: UInt8.self) == UInt8(ascii: "{"), source.load(fromByteOffset: count - 1, as: UInt8.self) == UInt8(ascii: "}")
        else { return nil }
        func byte(_ index: Int) -> UInt8 { source.load(fromByteOffset: index, as: UInt8.self) }

        target.storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
        var written = 1
        var index = 1
        members: while true {
            // `"key":`
            guard byte(index) == UInt8(ascii: "\""), let keyEnd = closingQuote(source, from: index + 1, count: count),
                  keyEnd + 2 < count, byte(keyEnd + 1) == UInt8(ascii: ":") else { return nil }
            let keyStart = index + 1
            let value = keyEnd + 2
            // The value's text, as a range of the JSON or a word of our own.
            var start = value, end = value
            var word: StaticString = ""
            switch byte(value) {
            case UInt8(ascii: "\""):
                guard let close = closingQuote(source, from: value + 1, count: count), close - value - 1 <= ReadableText.longStringLimit else { return nil }
                start = value + 1
                end = close
                index = close + 1
            case UInt8(ascii: "n"):
                guard spells(source, "null", at: value, count: count) else { return nil }
                index = value + 4
                guard index < count - 1, byte(index) == UInt8(ascii: ",") else { break members }  // null: left out
                index += 1
                continue
            case UInt8(ascii: "t"):
                guard spells(source, "true", at: value, count: count) else { return nil }
                word = "yes"
                index = value + 4
            case UInt8(ascii: "f"):
                guard spells(source, "false", at: value, count: count) else { return nil }
                word = "no"
                index = value + 5
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                end = value + 1
                while end < count, byte(end) != UInt8(ascii: ","), byte(end) != UInt8(ascii: "}") { end += 1 }
                index = end
            default:
                return nil  // a nested object or list: the general renderer indents it
            }
            // `\n` (escaped, inside the text's string) before every line but the first.
            if written > 1 {
                target.storeBytes(of: UInt8(ascii: "\\"), toByteOffset: written, as: UInt8.self)
                target.storeBytes(of: UInt8(ascii: "n"), toByteOffset: written + 1, as: UInt8.self)
                written += 2
            }
            ByteCopy.copy(source + keyStart, to: target + written, keyEnd - keyStart)
            written += keyEnd - keyStart
            target.storeBytes(of: UInt8(ascii: ":"), toByteOffset: written, as: UInt8.self)
            target.storeBytes(of: UInt8(ascii: " "), toByteOffset: written + 1, as: UInt8.self)
            written += 2
            if word.utf8CodeUnitCount > 0 {
                ByteCopy.copy(word.utf8Start, to: target + written, word.utf8CodeUnitCount)
                written += word.utf8CodeUnitCount
            } else {
                ByteCopy.copy(source + start, to: target + written, end - start)
                written += end - start
            }
            guard index < count - 1, byte(index) == UInt8(ascii: ",") else { break members }
            index += 1
        }
        // The members end at the object's `}`, which must be the last byte.
        guard index == count - 1, written > 1 else { return nil }  // only nulls: the renderer says "(empty)"
        target.storeBytes(of: UInt8(ascii: "\""), toByteOffset: written, as: UInt8.self)
        return written + 1
    }

    /// The index of the quote that closes the string whose content starts at `start`; nil when it
    /// is not closed.
    @inline(__always)
    private static func closingQuote(_ source: UnsafeRawPointer, from start: Int, count: Int) -> Int? {
        let end = StringScan.closingQuote(in: UnsafeRawBufferPointer(start: source, count: count), from: start)
        return end < count ? end : nil
    }

    @inline(__always)
    private static func spells(_ source: UnsafeRawPointer, _ literal: StaticString, at index: Int, count: Int) -> Bool {
        guard index + literal.utf8CodeUnitCount <= count else { return false }
        for offset in 0..<literal.utf8CodeUnitCount where source.load(fromByteOffset: index + offset, as: UInt8.self) != literal.utf8Start[offset] { return false }
        return true
    }
}
