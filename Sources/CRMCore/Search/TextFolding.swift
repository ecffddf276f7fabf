import Foundation

/// Folds text for matching: case-, diacritic- and width-insensitive (`ＮＩＫＥ` = `nike`,
/// `Hugo Boß` = `hugo boss`, `Café` = `cafe`), then NFC so Hangul stays composed syllables.
enum TextFolding {
    static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                                  locale: nil)
        let sharpSFree = folded.contains("ß") ? folded.replacingOccurrences(of: "ß", with: "ss") : folded
        return sharpSFree.precomposedStringWithCanonicalMapping
    }

    /// The folded forms of the non-empty values, for the search index.
    static func keys(_ values: [String?]) -> [String] {
        values.compactMap { value in
            guard let value, !value.isEmpty else { return nil }
            return fold(value)
        }
    }
}
