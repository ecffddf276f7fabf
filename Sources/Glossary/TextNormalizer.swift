import Foundation

/// A text folded into the form terms and queries are compared in.
struct MatchText: Sendable, Hashable {
    /// Case-folded, NFKC scalars with the insignificant separators removed: "Win-Rate" → "winrate".
    var scalars: [UInt32]
    /// Offsets into `scalars` where a word of the original text began; the first is 0.
    var wordStarts: [Int]
}

/// Folds text so that spelling variants people consider the same compare equal: case, full-width
/// forms (NFKC), composed or decomposed Hangul (NFC), and the separators "-", " ", ".", "/", "·", "_"
/// ("Win-Rate", "win rate", "ＷＩＮ　ＲＡＴＥ" and "winrate" all fold to "winrate").
///
/// Most glossary text is ASCII or precomposed Hangul, which folds without Foundation; only other text
/// pays for Foundation's NFKC, which keeps loading the bundle fast.
enum TextNormalizer {
    /// `text` folded for matching, with word starts.
    static func matchText(_ text: String) -> MatchText {
        let folded = fold(text)
        var scalars = [UInt32]()
        scalars.reserveCapacity(folded.count)
        var wordStarts = [Int]()
        var previousIsWord = false
        for scalar in folded {
            let isWord = isWordScalar(scalar)
            if isWord && !previousIsWord { wordStarts.append(scalars.count) }
            previousIsWord = isWord
            if !isInsignificant(scalar) { scalars.append(scalar) }
        }
        if wordStarts.first != 0 && !scalars.isEmpty { wordStarts.insert(0, at: 0) }
        return MatchText(scalars: scalars, wordStarts: wordStarts)
    }

    /// `text` folded for matching, without word starts (for long texts searched by substring).
    static func matchScalars(_ text: String) -> [UInt32] {
        fold(text).filter { !isInsignificant($0) }
    }

    /// NFKC plus lower case, separators kept; standalone conjoining initials in compatibility form.
    static func fold(_ text: String) -> [UInt32] {
        if needsUnicodeMapping(text) {
            let mapped = text.precomposedStringWithCompatibilityMapping.lowercased()
            // NFKC turns a typed ㅍ (U+314D) into conjoining U+1111; turn it back so initial-consonant
            // queries compare with the initials taken from syllables.
            return mapped.unicodeScalars.map { Hangul.compatibilityInitial(ofConjoining: $0.value) ?? $0.value }
        }
        var result = [UInt32]()
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            result.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
        }
        return result
    }

    /// Whether folding `text` needs more than ASCII lower-casing: true for anything that changes
    /// under NFKC case folding, combining marks and jamo (which NFC may compose).
    private static func needsUnicodeMapping(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 || Hangul.isSyllable(value) { continue }
            if (value >= 0x1100 && value <= 0x11FF) || (value >= 0x3130 && value <= 0x318F)
                || (value >= 0xA960 && value <= 0xA97F) || (value >= 0xD7B0 && value <= 0xD7FF) {
                return true
            }
            let properties = scalar.properties
            if properties.changesWhenNFKCCaseFolded || properties.canonicalCombiningClass != .notReordered {
                return true
            }
        }
        return false
    }

    /// Separators that do not distinguish one term from another: whitespace, hyphens and dashes, dots,
    /// slashes, middle dots and underscores (after NFKC, so full-width forms are already ASCII).
    static func isInsignificant(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x2D, 0x2E, 0x2F, 0x5F: return true  // space - . / _
        case 0x09...0x0D: return true
        case 0x00A0, 0x00AD, 0x00B7: return true  // no-break space, soft hyphen, middle dot
        case 0x2010...0x2015, 0x2022, 0x2024, 0x2027, 0x2212, 0x2215, 0x2219, 0x22C5: return true
        case 0x3000, 0x3002, 0x30FB, 0xFF65: return true  // ideographic space and full stop, katakana middle dots
        default:
            guard scalar >= 0x80, let unicodeScalar = Unicode.Scalar(scalar) else { return false }
            return unicodeScalar.properties.isWhitespace
        }
    }

    /// Letters and digits: what words are made of, for the word tier of search.
    static func isWordScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            return (scalar >= 0x61 && scalar <= 0x7A) || (scalar >= 0x30 && scalar <= 0x39)
                || (scalar >= 0x41 && scalar <= 0x5A)
        }
        if Hangul.isSyllable(scalar) || Hangul.isCompatibilityInitial(scalar) { return true }
        guard let unicodeScalar = Unicode.Scalar(scalar) else { return false }
        let properties = unicodeScalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }
}
