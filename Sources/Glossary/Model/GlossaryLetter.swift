/// A letter of the glossary's two indexes: A–Z plus "#" for the English terms, and the 14 basic
/// consonants ㄱ–ㅎ for the Korean terms (double consonants file under their base: ㄲ under ㄱ).
public struct GlossaryLetter: Sendable, Hashable, CustomStringConvertible {
    /// Which index a letter belongs to.
    public enum Script: String, Sendable, Hashable {
        /// A–Z and "#" (terms starting with a digit), taken from the English term.
        case latin
        /// ㄱ–ㅎ, the initial consonant of the Korean term.
        case hangul
    }

    public let script: Script
    /// The letter as shown: "A", "#", "ㄱ".
    public let description: String

    private init(script: Script, scalar: UInt32) {
        self.script = script
        self.description = Unicode.Scalar(scalar).map { String(Character($0)) } ?? "#"
    }

    /// Reads a letter a caller typed: "a", "Ａ", "#", "ㄱ", "ㄲ" (as ㄱ) or a conjoining initial.
    /// Nil for anything else, so the server can reject it as an invalid parameter.
    public init?(_ text: String) {
        let folded = TextNormalizer.matchScalars(text)
        guard folded.count == 1 else { return nil }
        let scalar = folded[0]
        if scalar >= 0x61 && scalar <= 0x7A {
            self.init(script: .latin, scalar: scalar - 0x20)
        } else if scalar == 0x23 {
            self.init(script: .latin, scalar: scalar)
        } else if Hangul.isCompatibilityInitial(scalar) {
            self.init(script: .hangul, scalar: Hangul.indexConsonant(of: scalar))
        } else {
            return nil
        }
    }

    /// The English index in display order: A…Z, then "#".
    public static let latinIndex: [GlossaryLetter] =
        (0x41...0x5A).map { GlossaryLetter(script: .latin, scalar: $0) } + [GlossaryLetter(script: .latin, scalar: 0x23)]

    /// The Korean index in dictionary order: ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅅ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ.
    public static let hangulIndex: [GlossaryLetter] =
        Hangul.indexConsonants.map { GlossaryLetter(script: .hangul, scalar: $0) }

    /// The Korean index letter of a Korean term: the initial of its first character when that is
    /// Hangul, folded to a basic consonant. Terms starting with Latin letters ("CRM 플랫폼") have none.
    static func hangul(ofTerm term: String) -> GlossaryLetter? {
        guard let first = term.unicodeScalars.first?.value,
              let initial = Hangul.initial(ofSyllable: first) ?? Hangul.compatibilityInitial(ofConjoining: first)
        else { return nil }
        let consonant = Hangul.indexConsonant(of: initial)
        // The letter of `hangulIndex`, not a new one: making its description from the scalar cost
        // more than the rest of indexing an entry's position (every entry, at load).
        if let index = Hangul.indexConsonants.firstIndex(of: consonant) { return hangulIndex[index] }
        return GlossaryLetter(script: .hangul, scalar: consonant)
    }
}

/// How many entries one index letter holds.
public struct GlossaryLetterCount: Sendable, Hashable {
    public var letter: GlossaryLetter
    public var count: Int

    public init(letter: GlossaryLetter, count: Int) {
        self.letter = letter
        self.count = count
    }
}

/// Both indexes with their counts, every letter present (zero counts included) so a client can draw
/// the full alphabet and grey out the empty letters.
public struct GlossaryIndex: Sendable, Hashable {
    /// A…Z then "#", counted on the English term's letter.
    public var latin: [GlossaryLetterCount]
    /// ㄱ…ㅎ, counted on the Korean term's initial consonant.
    public var hangul: [GlossaryLetterCount]

    public init(latin: [GlossaryLetterCount], hangul: [GlossaryLetterCount]) {
        self.latin = latin
        self.hangul = hangul
    }
}
