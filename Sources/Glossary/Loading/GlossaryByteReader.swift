import Foundation
import JSON

/// The fast reader met something it does not handle. Not an error of the file: the strict path
/// (`JSONParser` + `GlossaryJSONField`) then reads the file again and decides, so a broken file is
/// reported exactly as before, naming the entry and key.
struct GlossaryFastPathMiss: Error {}

/// A forward-only reader over one glossary file's UTF-8, for the fast path of loading.
///
/// It accepts a strict subset of what `JSONParser` accepts (whitespace, arrays, objects, strings and
/// `null`; no numbers or booleans, which no glossary field holds) and gives up on anything else, so
/// whatever it reads, the strict path would have read the same. Strings are made straight from the
/// file's bytes, validated once (see `text`), with no tree and no key strings in between.
struct GlossaryByteReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Whether only whitespace is left.
    mutating func isAtEnd() -> Bool {
        skipWhitespace()
        return index == bytes.count
    }

    /// Consumes `byte` (after whitespace) or gives up.
    @inline(__always)
    mutating func expect(_ byte: UInt8) throws(GlossaryFastPathMiss) {
        guard consume(byte) else { throw GlossaryFastPathMiss() }
    }

    /// Consumes `byte` (after whitespace) if it comes next.
    @inline(__always)
    mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// After a member or element: true for a comma (another one follows), false for `close`.
    @inline(__always)
    mutating func continues(before close: UInt8) throws(GlossaryFastPathMiss) -> Bool {
        if consume(UInt8(ascii: ",")) { return true }
        try expect(close)
        return false
    }

    /// Reads an object key and its colon; returns the key's position in `keys`. An unknown key, or
    /// one written with escapes, ends the fast path (the strict path ignores unknown keys, but must
    /// also reject them when duplicated).
    ///
    /// `expected` is tried first: files write the keys in one order, so the guess is nearly always right.
    mutating func key(in keys: [ObjectKey], expected: Int = 0) throws(GlossaryFastPathMiss) -> Int {
        try expect(UInt8(ascii: "\""))
        // The expected key as files write it (`name":`), two words compared under masks: compared byte
        // by byte, the 14 keys of each entry cost about 160 instructions each.
        if expected < keys.count, index + 16 <= bytes.count, let base = bytes.baseAddress {
            let known = keys[expected], raw = UnsafeRawPointer(base)
            let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
            if known.matchLength > 0, first & known.masks.0 == known.words.0, second & known.masks.1 == known.words.1 {
                index += known.matchLength
                return expected
            }
        }
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw GlossaryFastPathMiss() }
        let key = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        try expect(UInt8(ascii: ":"))
        if expected < keys.count, Self.equals(keys[expected].name, key) { return expected }
        for position in keys.indices where Self.equals(keys[position].name, key) { return position }
        throw GlossaryFastPathMiss()
    }

    /// An object key the reader knows, with the bytes that follow its opening quote when a file
    /// writes it compactly (`name":`) packed into two little-endian words and masks.
    struct ObjectKey: Sendable {
        let name: StaticString
        /// How many bytes `words` match (the name, its closing quote and the colon); 0 when the
        /// name is too long for two words, and only the byte comparison applies.
        let matchLength: Int
        let words: (UInt64, UInt64)
        let masks: (UInt64, UInt64)

        init(_ name: StaticString) {
            self.name = name
            var pattern = [UInt8](UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            pattern += [UInt8(ascii: "\""), UInt8(ascii: ":")]
            guard pattern.count <= 16 else {
                (matchLength, words, masks) = (0, (0, 0), (0, 0))
                return
            }
            var words: (UInt64, UInt64) = (0, 0), masks: (UInt64, UInt64) = (0, 0)
            for (offset, byte) in pattern.enumerated() {
                let shift = UInt64(offset % 8 * 8)
                if offset < 8 {
                    words.0 |= UInt64(byte) << shift
                    masks.0 |= 0xFF << shift
                } else {
                    words.1 |= UInt64(byte) << shift
                    masks.1 |= 0xFF << shift
                }
            }
            (matchLength, self.words, self.masks) = (pattern.count, words, masks)
        }
    }

    /// Reads the key of a two-language object and its colon: 0 for "en", 1 for "ko". Every
    /// `LocalizedText` and `LocalizedList` has both, so this is a third of all keys: compared as
    /// bytes, not through `key(in:)`'s table. Anything else ends the fast path.
    mutating func languageKey() throws(GlossaryFastPathMiss) -> Int {
        skipWhitespace()
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "\""), bytes[index + 3] == UInt8(ascii: "\"") else {
            throw GlossaryFastPathMiss()
        }
        let language: Int
        switch (bytes[index + 1], bytes[index + 2]) {
        case (UInt8(ascii: "e"), UInt8(ascii: "n")): language = 0
        case (UInt8(ascii: "k"), UInt8(ascii: "o")): language = 1
        default: throw GlossaryFastPathMiss()
        }
        index += 4
        try expect(UInt8(ascii: ":"))
        return language
    }

    /// Keys are a few bytes long: compared in place, where a call to `memcmp` cost more.
    @inline(__always)
    private static func equals(_ known: StaticString, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard known.utf8CodeUnitCount == key.count else { return false }
        for offset in 0..<key.count where known.utf8Start[offset] != key[offset] { return false }
        return true
    }

    /// Consumes `null` if it comes next: an optional field that is null reads as absent.
    mutating func consumeNull() -> Bool {
        skipWhitespace()
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
              bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
        else { return false }
        index += 4
        return true
    }

    /// Reads a string value.
    mutating func string() throws(GlossaryFastPathMiss) -> String {
        try expect(UInt8(ascii: "\""))
        let start = index
        var highBits: UInt8 = 0
        index = Self.skipPlainBytes(in: bytes, from: index, highBits: &highBits)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let utf8 = UnsafeBufferPointer(rebasing: bytes[start..<index])
                // ASCII is valid UTF-8 as it stands: nothing for `text` to check.
                let text = highBits & 0x80 == 0 ? String(knownASCII: utf8) : try Self.text(utf8)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if byte < 0x20 { throw GlossaryFastPathMiss() }
            highBits |= byte
            index += 1
        }
        throw GlossaryFastPathMiss()
    }

    /// Reads a string value written without escapes and gives its bytes in place, for values that
    /// are compared rather than kept (enum raw values). A backslash ends the fast path: the strict
    /// path decodes escapes, and what they spell is then judged there.
    mutating func unescapedStringBytes() throws(GlossaryFastPathMiss) -> UnsafeBufferPointer<UInt8> {
        try expect(UInt8(ascii: "\""))
        let start = index
        // Raw values are a few bytes long: read byte by byte.
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw GlossaryFastPathMiss() }
        index += 1
        return UnsafeBufferPointer(rebasing: bytes[start..<index - 1])
    }

    /// Reads an array of strings.
    mutating func strings() throws(GlossaryFastPathMiss) -> [String] {
        try expect(UInt8(ascii: "["))
        var result = [String]()
        if consume(UInt8(ascii: "]")) { return result }
        // Lists hold a handful of names: one allocation rather than growing 1, 2, 4.
        result.reserveCapacity(4)
        repeat {
            result.append(try string())
        } while try continues(before: UInt8(ascii: "]"))
        return result
    }

    /// A string that has a backslash (the rare case), read again from its opening quote by the
    /// strict parser, so escapes decode exactly as everywhere else; what it refuses is a miss.
    private mutating func escapedString(from start: Int) throws(GlossaryFastPathMiss) -> String {
        guard let (value, end) = try? JSONParser.parseValue(in: bytes, from: start - 1, maximumDepth: 1),
              case .string(let text) = value
        else { throw GlossaryFastPathMiss() }
        index = end
        return text
    }

    /// `utf8` as a string, or a miss when it is not valid UTF-8.
    ///
    /// Checked by `UTF8Check`, then copied into a string through a `UTF8Span` marked as checked,
    /// which is not validated again: together 0.65M instructions a load cheaper than
    /// `String(decoding:)`, which validated and repaired, then a comparison with the bytes to tell.
    private static func text(_ utf8: UnsafeBufferPointer<UInt8>) throws(GlossaryFastPathMiss) -> String {
        guard UTF8Check.isValid(utf8) else { throw GlossaryFastPathMiss() }
        return String(validatedUTF8: utf8)  // `isValid` has just checked exactly these bytes
    }

    /// Most calls find a token at once; the rest find a newline and an indentation, whose spaces
    /// are counted eight bytes at a time.
    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count, bytes[index] <= 0x20 {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                skipSpaces()
            default: return
            }
        }
    }

    /// Skips a run of spaces: in each eight-byte word, the spaces before the first other byte are
    /// its trailing zero bytes once XORed with eight spaces (read little-endian).
    @inline(__always)
    private mutating func skipSpaces() {
        guard let base = bytes.baseAddress else { return }
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let spaces = (word ^ 0x2020_2020_2020_2020).trailingZeroBitCount / 8
            index += spaces
            if spaces < 8 { return }
        }
    }

    /// The index of the first quote, backslash or control character at or after `index`, or, near the
    /// end of the buffer, of the first byte of the last sixteen it did not read. Unlike the strict
    /// parser's scan, bytes ≥ 0x80 do not stop it: Korean text is validated in one go when its string
    /// is made. `highBits` collects the high bits of the bytes skipped (0x80 set when any is not ASCII).
    ///
    /// Sixteen bytes at a time in vector registers (SSE2, which every x86-64 has): about twenty
    /// instructions a step, where the same tests on a 64-bit word took as many for eight bytes, and
    /// this scan covers every byte of every string, most of a glossary file.
    @inline(__always)
    private static func skipPlainBytes(in bytes: UnsafeBufferPointer<UInt8>, from index: Int, highBits seen: inout UInt8) -> Int {
        guard let base = bytes.baseAddress else { return index }
        let raw = UnsafeRawPointer(base)
        // Compared with whole vectors: a comparison with a scalar goes through a generic
        // element-by-element path.
        let control = SIMD16<UInt8>(repeating: 0x20), quote = SIMD16<UInt8>(repeating: 0x22)
        let backslash = SIMD16<UInt8>(repeating: 0x5C)
        var index = index
        var skipped = SIMD2<UInt64>()
        while index + 16 <= bytes.count {
            let chunk = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            // Each mask is 0xFF in the lanes that match, read as two little-endian words.
            let special = unsafeBitCast(chunk .< control, to: SIMD2<UInt64>.self)
                | unsafeBitCast(chunk .== quote, to: SIMD2<UInt64>.self)
                | unsafeBitCast(chunk .== backslash, to: SIMD2<UInt64>.self)
            let words = unsafeBitCast(chunk, to: SIMD2<UInt64>.self)
            if special[0] | special[1] != 0 {
                // Stop on the byte itself, keeping the high bits of the bytes before it only.
                if special[0] != 0 {
                    let offset = special[0].trailingZeroBitCount / 8
                    skipped[0] |= words[0] & ((1 << UInt64(offset * 8)) &- 1)
                    index += offset
                } else {
                    let offset = special[1].trailingZeroBitCount / 8
                    skipped[0] |= words[0]
                    skipped[1] |= words[1] & ((1 << UInt64(offset * 8)) &- 1)
                    index += 8 + offset
                }
                break
            }
            skipped |= words
            index += 16
        }
        seen |= (skipped[0] | skipped[1]) & 0x8080_8080_8080_8080 == 0 ? 0 : 0x80
        return index
    }
}
