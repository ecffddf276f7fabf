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
        var text = text
        // Over the contiguous bytes: iterating `utf8` byte by byte costs more than folding.
        let lowered = text.withUTF8 { utf8 -> String?? in
            // Up to the first capital, checking the bytes are ASCII: a name has one at once and an
            // e-mail none at all, so each byte is read once, where a whole scan came before lowering.
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                guard byte < 0x80 else { return .none }
                if byte &- UInt8(ascii: "A") < 26 { break }
                index += 1
            }
            guard index < utf8.count else { return .some(nil) }
            var allBits: UInt8 = 0
            let folded = String(unsafeUninitializedCapacity: utf8.count) { buffer in
                for position in 0..<utf8.count {
                    let byte = utf8[position]
                    allBits |= byte
                    buffer[position] = byte &- UInt8(ascii: "A") < 26 ? byte + 32 : byte
                }
                return utf8.count
            }
            // A byte past the first capital was not ASCII: the lowered copy is of no use.
            return allBits < 0x80 ? .some(folded) : .none
        }
        guard let lowered else { return nil }  // not ASCII
        return lowered ?? text  // nil: already lowercase
    }
}
