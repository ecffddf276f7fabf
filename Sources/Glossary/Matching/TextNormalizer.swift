import Foundation

/// A text folded into the form terms and queries are compared in.
struct MatchText: Sendable, Hashable {
    /// Case-folded, NFKC scalars with the insignificant separators removed: "Win-Rate" → "winrate".
    var scalars: [UInt32]
    /// Offsets into `scalars` where a word of the original text began; the first is 0.
    var wordStarts: [Int]
}

/// Folds text so that spelling variants people consider the same compare equal: case, full-width
/// forms (NFKC), composed or decomposed Hangul (NFC), and separators such as "-", " ", ".", "/",
/// "·", "_" (see `isInsignificant`): "Win-Rate", "win rate", "ＷＩＮ　ＲＡＴＥ" and "winrate" all fold
/// to "winrate".
///
/// Glossary text is nearly all ASCII and precomposed Hangul, which fold in a single pass without
/// Foundation; only text with other characters that NFKC or case folding would change pays for
/// Foundation's mapping. That keeps indexing the bundle at load time cheap.
enum TextNormalizer {
    /// `text` folded for matching, with word starts.
    static func matchText(_ text: String) -> MatchText {
        var result = MatchText(scalars: [], wordStarts: [])
        appendFolded(text, to: &result.scalars, wordStarts: &result.wordStarts)
        return result
    }

    /// `text` folded for matching, without word starts.
    static func matchScalars(_ text: String) -> [UInt32] {
        matchText(text).scalars
    }

    /// Calls `body` with `text` folded for matching, the same scalars `matchScalars` gives, but in a
    /// temporary buffer: a query that is ASCII or precomposed Hangul (nearly all) allocates nothing
    /// and never reaches Foundation. Other text takes `matchScalars`' path.
    static func withFolded<Value>(_ text: String, _ body: (UnsafeBufferPointer<UInt32>) -> Value) -> Value {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(1, text.utf8.count)) { buffer in
            var count = 0
            for scalar in text.unicodeScalars {
                var value = scalar.value
                if value < 0x80 {
                    if value >= 0x41 && value <= 0x5A { value += 0x20 }
                } else if !(Hangul.isSyllable(value) || isStableSymbol(value) || !needsUnicodeMapping(scalar)) {
                    return matchScalars(text).withUnsafeBufferPointer(body)
                }
                if !isInsignificant(value) {
                    buffer[count] = value
                    count += 1
                }
            }
            return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Appends `text` folded for matching to `scalars`, and the offsets where its words start
    /// (relative to its own first scalar, the first always 0) to `wordStarts`. Appending to shared
    /// arrays lets the name table hold every name without an allocation per name.
    static func appendFolded(_ text: String, to scalars: inout [UInt32], wordStarts: inout [Int]) {
        var bytes = text
        if bytes.withUTF8({ appendFoldedASCIIOrHangul($0, to: &scalars, wordStarts: &wordStarts) }) { return }
        appendFoldedScalars(text, to: &scalars, wordStarts: &wordStarts)
    }

    /// `appendFolded` for text of ASCII and precomposed Hangul only (nearly every name): returns
    /// false, having appended nothing, at any other character.
    private static func appendFoldedASCIIOrHangul(
        _ utf8: UnsafeBufferPointer<UInt8>, to scalars: inout [UInt32], wordStarts: inout [Int]
    ) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: utf8.count + 1) { folded in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: utf8.count + 1) { starts in
                var slashOrParenthesis = false
                guard let base = folded.baseAddress, let startsBase = starts.baseAddress,
                      let counts = foldASCIIOrHangul(utf8, scalars: base, wordStarts: startsBase, slashOrParenthesis: &slashOrParenthesis)
                else { return false }
                scalars.append(contentsOf: UnsafeBufferPointer(rebasing: folded[..<counts.scalars]))
                wordStarts.append(contentsOf: UnsafeBufferPointer(rebasing: starts[..<counts.wordStarts]))
                return true
            }
        }
    }

    /// Folds text of ASCII and precomposed Hangul only, read as UTF-8 bytes, into `scalars` and
    /// its word starts into `wordStarts`, which have room for `utf8.count + 1` each; returns how
    /// many of each it wrote, or nil at any other character. Those fold with no lookup (ASCII
    /// lowercased, syllables kept), and decoding the bytes here is cheaper than iterating scalars.
    /// The string is valid UTF-8, so a lead byte EA–ED has two continuation bytes. Sets
    /// `slashOrParenthesis` when the text has a "/" or "(", which may start a name variant.
    ///
    /// Writes through pointers so that the name table can fold in place, and other callers append
    /// once: appending scalar by scalar paid a uniqueness and a capacity check per scalar, most of
    /// the cost of indexing the names. A text folds to at most one scalar, and one word start, per byte.
    static func foldASCIIOrHangul(
        _ utf8: UnsafeBufferPointer<UInt8>, scalars folded: UnsafeMutablePointer<UInt32>, wordStarts starts: UnsafeMutablePointer<Int>,
        slashOrParenthesis: inout Bool
    ) -> (scalars: Int, wordStarts: Int)? {
        asciiFolding.withUnsafeBufferPointer { table in
            var count = 0, startCount = 0, index = 0
            // 1 when the last scalar was a word's; every flag seen, for the "/" and "(" test.
            var previousIsWord: UInt8 = 0, flagsSeen: UInt8 = 0
            while index < utf8.count {
                let byte = utf8[index]
                let scalar: UInt32, isWord: UInt8, isKept: UInt8
                if byte < 0x80 {
                    let flags = table[Int(byte)]
                    scalar = UInt32(byte | (flags & ASCIIFolding.lowercaseBit))
                    isWord = flags & ASCIIFolding.word
                    isKept = (flags & ASCIIFolding.kept) >> 1
                    flagsSeen |= flags
                    index += 1
                } else {
                    guard byte >= 0xEA && byte <= 0xED && index + 2 < utf8.count else { return nil }
                    scalar = UInt32(byte & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                    guard Hangul.isSyllable(scalar) else { return nil }
                    // As `FoldedAppender.append`: a syllable is a word scalar and never insignificant.
                    isWord = 1
                    isKept = 1
                    index += 3
                }
                // Written every time and kept by counting, without a branch per byte: the buffers
                // have room for one scalar and one start per byte, and nothing reads past the counts.
                starts[startCount] = count
                startCount += Int(isWord & ~previousIsWord)
                previousIsWord = isWord
                folded[count] = scalar
                count += Int(isKept)
            }
            if flagsSeen & ASCIIFolding.mayStartVariant != 0 { slashOrParenthesis = true }
            // As `FoldedAppender.finish`: the first word start is 0 whenever the text folds to something
            // (rare: text opening with punctuation).
            if count > 0 && (startCount == 0 || starts[0] != 0) {
                (starts + 1).update(from: starts, count: startCount)
                starts[0] = 0
                startCount += 1
            }
            return (count, startCount)
        }
    }

    /// The flags of `asciiFolding`.
    private enum ASCIIFolding {
        /// a–z, A–Z or 0–9 (`isWordASCII`).
        static let word: UInt8 = 0x01
        /// Kept in the folded text: a word byte, or one that is not insignificant. Must stay 0x02
        /// (the fold shifts it down to 1 to count it).
        static let kept: UInt8 = 0x02
        /// "/" or "(", which may start a name variant.
        static let mayStartVariant: UInt8 = 0x04
        /// Set for A–Z: the bit that lowercases them.
        static let lowercaseBit: UInt8 = 0x20
    }

    /// Per ASCII byte, its `ASCIIFolding` flags, made from `isWordASCII` and `isInsignificantASCII`:
    /// one load per byte where the fold tested ranges and masks, about a third of its cost.
    private static let asciiFolding: [UInt8] = (0..<128).map { (byte: UInt8) in
        let isWord = isWordASCII(byte)
        return (isWord ? ASCIIFolding.word : 0) | (isWord || !isInsignificantASCII(byte) ? ASCIIFolding.kept : 0)
            | (byte == UInt8(ascii: "/") || byte == UInt8(ascii: "(") ? ASCIIFolding.mayStartVariant : 0)
            | (byte >= 0x41 && byte <= 0x5A ? ASCIIFolding.lowercaseBit : 0)
    }

    /// `isWordScalar` for an ASCII byte: a–z, A–Z or 0–9.
    @inline(__always)
    private static func isWordASCII(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39)
    }

    /// `appendFolded` scalar by scalar, for any text.
    static func appendFoldedScalars(_ text: String, to scalars: inout [UInt32], wordStarts: inout [Int]) {
        var appender = FoldedAppender(scalars: scalars.count, wordStarts: wordStarts.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                appender.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value, &scalars, &wordStarts)
            } else if Hangul.isSyllable(value) || isStableSymbol(value) || !needsUnicodeMapping(scalar) {
                appender.append(value, &scalars, &wordStarts)
            } else {
                appender.rollBack(&scalars, &wordStarts)
                appendMapped(text, to: &scalars, wordStarts: &wordStarts)
                return
            }
        }
        appender.finish(&scalars, &wordStarts)
    }

    /// The slow path: NFKC and lower case through Foundation. NFKC turns a typed ㅍ (U+314D) into
    /// conjoining U+1111, so standalone conjoining initials are turned back into compatibility jamo to
    /// compare with the initials taken from syllables.
    private static func appendMapped(_ text: String, to scalars: inout [UInt32], wordStarts: inout [Int]) {
        let mapped = text.precomposedStringWithCompatibilityMapping.lowercased()
        var appender = FoldedAppender(scalars: scalars.count, wordStarts: wordStarts.count)
        for scalar in mapped.unicodeScalars {
            appender.append(Hangul.compatibilityInitial(ofConjoining: scalar.value) ?? scalar.value, &scalars, &wordStarts)
        }
        appender.finish(&scalars, &wordStarts)
    }

    /// Whether a non-ASCII scalar may change under NFKC case folding or take part in composition
    /// (combining marks, jamo).
    private static func needsUnicodeMapping(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if (value >= 0x1100 && value <= 0x11FF) || (value >= 0x3130 && value <= 0x318F)
            || (value >= 0xA960 && value <= 0xA97F) || (value >= 0xD7B0 && value <= 0xD7FF) {
            return true
        }
        let properties = scalar.properties
        return properties.changesWhenNFKCCaseFolded || properties.canonicalCombiningClass != .notReordered
    }

    /// Punctuation common in glossary text that NFKC case folding leaves alone (· × ÷ – — ‘ ’ “ ” • →
    /// ≈ ≤ ≥), checked before the slower Unicode property lookup.
    private static func isStableSymbol(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xB7, 0xD7, 0xF7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2192, 0x2248, 0x2264, 0x2265: true
        default: false
        }
    }

    /// Separators that do not distinguish one term from another: whitespace, hyphens and dashes, dots,
    /// slashes, middle dots and underscores, and also brackets, commas, colons, semicolons and quotes,
    /// so "New (Lead)" is "new lead", "LTV:CAC" is "LTV CAC" and "Buyer's Journey" is "buyers journey"
    /// (after NFKC, so full-width forms are already ASCII). Symbols that change a meaning, such as
    /// "&", "+" and "%", stay. Listed rather than looked up in Unicode properties, which would
    /// dominate load time.
    static func isInsignificant(_ scalar: UInt32) -> Bool {
        scalar < 0x80 ? isInsignificantASCII(UInt8(scalar)) : isListedAsInsignificant(scalar)
    }

    /// The list itself; `isInsignificantASCII` holds its ASCII part as bit masks (a test keeps the two
    /// in step).
    static func isListedAsInsignificant(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x2D, 0x2E, 0x2F, 0x5F: true  // whitespace - . / _
        case 0x22, 0x27, 0x28, 0x29, 0x2C, 0x3A, 0x3B, 0x5B, 0x5D, 0x7B, 0x7D: true  // " ' ( ) , : ; [ ] { }
        case 0x2018, 0x2019, 0x201C, 0x201D: true  // curly quotes
        case 0x85, 0xA0, 0xAD, 0xB7: true  // next line, no-break space, soft hyphen, middle dot
        case 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true  // Unicode spaces
        case 0x2010...0x2015, 0x2022, 0x2024, 0x2027, 0x2212, 0x2215, 0x2219, 0x22C5: true  // dashes, dots, slashes
        case 0x3002, 0x30FB, 0xFF65: true  // ideographic full stop, katakana middle dots
        default: false
        }
    }

    /// `isInsignificant` for an ASCII byte, as two 64-bit masks (the ASCII cases listed there), so
    /// that scanning definitions pays a shift and a test per byte rather than a switch.
    @inline(__always)
    static func isInsignificantASCII(_ byte: UInt8) -> Bool {
        byte < 64
            ? (0x0C00_F385_0000_3E00 as UInt64) >> UInt64(byte) & 1 != 0
            : byte < 128 && (0x2800_0000_A800_0000 as UInt64) >> UInt64(byte - 64) & 1 != 0
    }

    /// Letters and digits: what words are made of, for the word tier of search.
    @inline(__always)
    static func isWordScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            return (scalar >= 0x61 && scalar <= 0x7A) || (scalar >= 0x30 && scalar <= 0x39)
                || (scalar >= 0x41 && scalar <= 0x5A)
        }
        return Hangul.isSyllable(scalar) || isOtherWordScalar(scalar)
    }

    private static func isOtherWordScalar(_ scalar: UInt32) -> Bool {
        if Hangul.isCompatibilityInitial(scalar) { return true }
        guard let unicodeScalar = Unicode.Scalar(scalar) else { return false }
        let properties = unicodeScalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }
}

/// Appends one text's folded scalars to shared arrays, dropping separators and noting where words
/// start.
private struct FoldedAppender {
    private let scalarsStart: Int
    private let wordStartsStart: Int
    private var previousIsWord = false

    init(scalars: Int, wordStarts: Int) {
        scalarsStart = scalars
        wordStartsStart = wordStarts
    }

    mutating func append(_ scalar: UInt32, _ scalars: inout [UInt32], _ wordStarts: inout [Int]) {
        let isWord = TextNormalizer.isWordScalar(scalar)
        if isWord && !previousIsWord { wordStarts.append(scalars.count - scalarsStart) }
        previousIsWord = isWord
        if !TextNormalizer.isInsignificant(scalar) { scalars.append(scalar) }
    }

    /// Makes the first word start 0 even when the text opens with punctuation ("(beta) test").
    func finish(_ scalars: inout [UInt32], _ wordStarts: inout [Int]) {
        if scalars.count > scalarsStart && (wordStarts.count == wordStartsStart || wordStarts[wordStartsStart] != 0) {
            wordStarts.insert(0, at: wordStartsStart)
        }
    }

    func rollBack(_ scalars: inout [UInt32], _ wordStarts: inout [Int]) {
        scalars.removeSubrange(scalarsStart...)
        wordStarts.removeSubrange(wordStartsStart...)
    }
}
