import Foundation

/// A folded query looked for in definition text as written.
///
/// Definitions are long, so rather than keeping a fully folded copy of each (which made loading
/// several times slower), search reads them with only ASCII lowercased (`DefinitionTexts`, same byte
/// offsets) and the rest is folded on the fly while comparing: the separators `TextNormalizer` drops
/// are skipped, so "sales cycle" finds "sales-cycle". Other
/// characters compare as written, which suits definitions stored in NFC, as JSON editors write them.
///
/// A query starting with a Latin letter or digit matches only at the start of a word: skipping
/// spaces would otherwise let "ctr" match "exact reason", and "sso" match "association". Korean
/// compounds are often written solid (고객이탈률), so Hangul queries match anywhere.
struct DefinitionQuery {
    private let needle: [UInt8]
    private let matchesAtWordStartOnly: Bool

    init(folded: [UInt32]) {
        var text = String.UnicodeScalarView()
        for value in folded {
            if let scalar = Unicode.Scalar(value) { text.append(scalar) }
        }
        needle = Array(String(text).utf8)
        matchesAtWordStartOnly = needle.first.map(Self.isLatinLetterOrDigit) ?? false
        let lead = needle.first ?? 0
        anchorOffset = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0
    }

    /// Where in the needle's first character the scan looks: its last byte. For Hangul that is a
    /// continuation byte, far rarer in Korean text than the lead byte every fourth syllable shares.
    private let anchorOffset: Int

    /// The UTF-8 offset in `text` (a definition with ASCII lowercased, see `DefinitionTexts`) where
    /// the query starts, or nil.
    func firstOffset(inLowercased text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard anchorOffset < needle.count else { return nil }
        let anchor = needle[anchorOffset]
        var start = anchorOffset
        while let found = Self.firstIndex(of: anchor, in: text, from: start) {
            start = found + 1
            // The first character's bytes are contiguous in the text (separators fall between
            // characters), so the match would start `anchorOffset` bytes earlier.
            let candidate = found - anchorOffset
            if text[candidate] == needle[0]
                && !(matchesAtWordStartOnly && candidate > 0 && Self.isLatinLetterOrDigit(text[candidate - 1]))
                && matches(text, at: candidate) {
                return candidate
            }
        }
        return nil
    }

    /// The first index from `start` holding `byte`: C's `memchr`, which scans many bytes per step.
    /// Definitions are long and this is most of a search's work.
    private static func firstIndex(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = text.baseAddress, start < text.count,
              let found = memchr(base + start, Int32(byte), text.count - start)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// For a query matching only at word starts: the `DefinitionTexts.wordStarts` slot of its first
    /// letter, so the scan can visit just the words starting with it.
    var wordStartSlot: Int? {
        matchesAtWordStartOnly ? needle.first.flatMap(DefinitionTexts.wordStartSlot) : nil
    }

    /// For a query starting with a precomposed Hangul syllable, that syllable: its occurrences are
    /// where the query may start (see `HangulOccurrences`).
    var leadingSyllable: UInt32? {
        guard needle.count >= 3, needle[0] >= 0xEA && needle[0] <= 0xED else { return nil }
        let scalar = UInt32(needle[0] & 0x0F) << 12 | UInt32(needle[1] & 0x3F) << 6 | UInt32(needle[2] & 0x3F)
        return Hangul.isSyllable(scalar) ? scalar : nil
    }

    /// Whether a match starting with the query's first byte can continue with `next`, the byte after
    /// it (0 at the end of the text): most candidates fail here, on an ASCII byte that is neither the
    /// query's second nor a separator.
    @inline(__always)
    func mayMatch(nextByte next: UInt8) -> Bool {
        guard needle.count > 1 else { return true }
        return next == needle[1] || next >= 0x80 || (next != 0 && TextNormalizer.isInsignificantASCII(next))
    }

    /// Whether the query matches `text` (lowercased as in `DefinitionTexts`) from `start`, skipping
    /// separators; the caller has checked that the byte at `start` is the query's first.
    func matches(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        if start + 1 < text.count, !mayMatch(nextByte: text[start + 1]) { return false }
        // Byte for byte first: most text either matches as written or differs at once. Only a
        // separator where they differ (the needle has none) can let the match go on, so the
        // comparison resumes there, skipping separators.
        var matched = 0
        while matched < needle.count && start + matched < text.count && Self.lowercased(text[start + matched]) == needle[matched] {
            matched += 1
        }
        if matched == needle.count { return true }
        var position = start + matched
        guard position < text.count, Self.separatorLength(text, at: position) > 0 else { return false }
        while matched < needle.count {
            guard position < text.count else { return false }
            let separator = Self.separatorLength(text, at: position)
            if separator > 0 {
                position += separator
                continue
            }
            guard Self.lowercased(text[position]) == needle[matched] else { return false }
            position += 1
            matched += 1
        }
        return true
    }

    private static func isLatinLetterOrDigit(_ lowercasedByte: UInt8) -> Bool {
        (lowercasedByte >= 0x61 && lowercasedByte <= 0x7A) || (lowercasedByte >= 0x30 && lowercasedByte <= 0x39)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// The byte length of the separator starting at `position`, or 0 if there is none there.
    private static func separatorLength(_ text: UnsafeBufferPointer<UInt8>, at position: Int) -> Int {
        let lead = text[position]
        if lead < 0x80 { return TextNormalizer.isInsignificantASCII(lead) ? 1 : 0 }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, position + length <= text.count else { return 0 }
        var scalar = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { scalar = scalar << 6 | UInt32(text[position + offset] & 0x3F) }
        return TextNormalizer.isInsignificant(scalar) ? length : 0
    }
}
