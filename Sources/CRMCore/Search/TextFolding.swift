import Foundation

/// Folds text for matching: case-, diacritic- and width-insensitive (`ＮＩＫＥ` = `nike`,
/// `Hugo Boß` = `hugo boss`, `Café` = `cafe`), then NFC so Hangul stays composed syllables.
enum TextFolding {
    static func fold(_ text: String) -> String {
        if let ascii = asciiFold(text) { return ascii }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                  locale: nil)
        let sharpSFree = folded.contains("ß") ? folded.replacingOccurrences(of: "ß", with: "ss") : folded
        return sharpSFree.precomposedStringWithCanonicalMapping
    }

    /// ASCII text folds to its lowercase (it has no diacritics, full-width forms or decompositions),
    /// so most keys skip Foundation's folding, which dominated journal replay at start-up.
    private static func asciiFold(_ text: String) -> String? {
        var needsLowering = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { needsLowering = true }
        }
        guard needsLowering else { return text }
        let utf8 = text.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            for byte in utf8 {
                buffer[count] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                count += 1
            }
            return count
        }
    }

    /// The folded forms of the non-empty values, for the search index.
    static func keys(_ values: [String?]) -> [String] {
        values.compactMap { value in
            guard let value, !value.isEmpty else { return nil }
            return fold(value)
        }
    }
}
