/// Hangul initial consonants (choseong), the basis of Korean initial-consonant search ("ㅍㅇㅍㄹㅇ" finds
/// 파이프라인) and of the ㄱ–ㅎ index.
///
/// Korean keyboards make typing initials the quickest way to narrow a list, so Korean users expect it.
/// Initials are always produced in compatibility jamo (ㄱ U+3131…), the form a keyboard types.
enum Hangul {
    /// The 19 initial consonants in compatibility jamo, in syllable-table order (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ …).
    static let compatibilityInitials: [UInt32] = [
        0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145,
        0x3146, 0x3147, 0x3148, 0x3149, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E,
    ]

    /// The 14 basic consonants of the ㄱ–ㅎ index, in dictionary order.
    static let indexConsonants: [UInt32] = [
        0x3131, 0x3134, 0x3137, 0x3139, 0x3141, 0x3142, 0x3145,
        0x3147, 0x3148, 0x314A, 0x314B, 0x314C, 0x314D, 0x314E,
    ]

    private static let syllableFirst: UInt32 = 0xAC00
    private static let syllableLast: UInt32 = 0xD7A3
    /// Syllables per initial: 21 vowels × 28 finals.
    private static let syllablesPerInitial: UInt32 = 588
    private static let conjoiningInitialFirst: UInt32 = 0x1100
    private static let conjoiningInitialLast: UInt32 = 0x1112

    static func isSyllable(_ scalar: UInt32) -> Bool {
        scalar >= syllableFirst && scalar <= syllableLast
    }

    /// The initial of a precomposed syllable (파 → ㅍ), or nil for anything else.
    static func initial(ofSyllable scalar: UInt32) -> UInt32? {
        guard isSyllable(scalar) else { return nil }
        return compatibilityInitials[Int((scalar - syllableFirst) / syllablesPerInitial)]
    }

    /// The compatibility form of a conjoining initial (U+1111 → ㅍ U+314D), or nil.
    static func compatibilityInitial(ofConjoining scalar: UInt32) -> UInt32? {
        guard scalar >= conjoiningInitialFirst && scalar <= conjoiningInitialLast else { return nil }
        return compatibilityInitials[Int(scalar - conjoiningInitialFirst)]
    }

    /// Whether `scalar` is one of the 19 initials in compatibility form.
    static func isCompatibilityInitial(_ scalar: UInt32) -> Bool {
        scalar >= 0x3131 && scalar <= 0x314E && compatibilityInitials.contains(scalar)
    }

    /// The index consonant a double initial files under (ㄲ → ㄱ, ㅆ → ㅅ); others map to themselves.
    static func indexConsonant(of initial: UInt32) -> UInt32 {
        switch initial {
        case 0x3132: 0x3131  // ㄲ → ㄱ
        case 0x3138: 0x3137  // ㄸ → ㄷ
        case 0x3143: 0x3142  // ㅃ → ㅂ
        case 0x3146: 0x3145  // ㅆ → ㅅ
        case 0x3149: 0x3148  // ㅉ → ㅈ
        default: initial
        }
    }

    /// `scalars` with every syllable replaced by its initial and conjoining initials by their
    /// compatibility form (파이프라인 → ㅍㅇㅍㄹㅇ), everything else kept, so offsets stay the same.
    static func initials(of scalars: [UInt32]) -> [UInt32] {
        // Written through buffers with the table read once: `map` with the optional lookups cost a
        // dozen instructions per scalar, over every scalar of every name at load.
        compatibilityInitials.withUnsafeBufferPointer { table in
            scalars.withUnsafeBufferPointer { scalars in
                [UInt32](unsafeUninitializedCapacity: scalars.count) { result, count in
                    for index in scalars.indices {
                        let scalar = scalars[index]
                        // Most scalars are ASCII: one comparison rules out both kinds of initial.
                        if scalar < conjoiningInitialFirst {
                            result[index] = scalar
                        } else if scalar >= syllableFirst && scalar <= syllableLast {
                            result[index] = table[Int((scalar - syllableFirst) / syllablesPerInitial)]
                        } else if scalar <= conjoiningInitialLast {
                            result[index] = table[Int(scalar - conjoiningInitialFirst)]
                        } else {
                            result[index] = scalar
                        }
                    }
                    count = scalars.count
                }
            }
        }
    }

    /// Whether every scalar is an initial consonant, i.e. the user typed an initial-consonant query.
    static func isInitialsOnly(_ scalars: [UInt32]) -> Bool {
        !scalars.isEmpty && scalars.allSatisfy(isCompatibilityInitial)
    }
}
