extension Glossary {
    /// Entries for browsing, filtered by any combination of category id, index letter and scope.
    ///
    /// A Latin letter (A–Z, "#") selects on the English term's `letter` and sorts by English term; a
    /// Korean letter (ㄱ–ㅎ) selects on the Korean term's initial consonant and sorts by Korean term.
    /// Without a letter, entries are sorted by English term.
    public func list(category: String? = nil, letter: GlossaryLetter? = nil, scope: GlossaryScope? = nil) -> [GlossaryEntry] {
        let matching = entries.indices.filter { position in
            let entry = entries[position]
            if let category, entry.category != category { return false }
            if let scope, entry.scope != scope { return false }
            guard let letter else { return true }
            switch letter.script {
            case .latin: return entry.letter == letter.description
            case .hangul: return hangulLetters[position] == letter
            }
        }
        let order = letter?.script == .hangul ? koreanOrder : englishOrder
        return matching.sorted { order[$0] < order[$1] }.map { entries[$0] }
    }

    /// Both indexes with the number of entries under every letter (zeros included).
    public func index() -> GlossaryIndex {
        var latinCounts = [String: Int]()
        for entry in entries { latinCounts[entry.letter, default: 0] += 1 }
        var hangulCounts = [GlossaryLetter: Int]()
        for letter in hangulLetters.compactMap({ $0 }) { hangulCounts[letter, default: 0] += 1 }
        return GlossaryIndex(
            latin: GlossaryLetter.latinIndex.map { GlossaryLetterCount(letter: $0, count: latinCounts[$0.description] ?? 0) },
            hangul: GlossaryLetter.hangulIndex.map { GlossaryLetterCount(letter: $0, count: hangulCounts[$0] ?? 0) })
    }

    /// Every category with its labels and entry count, in bundle order (clover's ten first).
    /// One category by id, without counting entries (every rendered entry asks for its label).
    public func category(id: String) -> GlossaryCategory? {
        categoryList.first { $0.id == id }
    }

    public func categories() -> [GlossaryCategorySummary] {
        var counts = [String: Int]()
        for entry in entries { counts[entry.category, default: 0] += 1 }
        return categoryList.map { GlossaryCategorySummary(category: $0, entryCount: counts[$0.id] ?? 0) }
    }
}
