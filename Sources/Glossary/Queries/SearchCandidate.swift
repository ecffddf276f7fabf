/// Where the text a candidate matched is: a name in the name table, or one of its entry's definitions.
enum MatchedTextSource {
    case name(Int)
    case definition(english: Bool)
}

/// The best match found so far for one entry while a query runs.
///
/// Plain values only (the matched text is named by `MatchedTextSource`, not held): candidates are
/// compared and moved many times while sorting, and a `String` field made every move a retain.
struct SearchCandidate {
    let entry: Int
    let tier: SearchTier
    /// Rounded to three decimals so that equal-looking scores tie and the documented tie-breaks apply.
    let score: Double
    let field: MatchedField
    let source: MatchedTextSource

    /// `weight` says how much a match on this name counts (see `MatchedField.weight`).
    init(entry: Int, tier: SearchTier, closeness: Double, weight: Double, field: MatchedField, source: MatchedTextSource) {
        self.entry = entry
        self.tier = tier
        self.score = (closeness * weight * 1000).rounded() / 1000
        self.field = field
        self.source = source
    }

    /// Whether this is a better match for its entry than `other`: a better tier, then a higher score.
    func beats(_ other: SearchCandidate?) -> Bool {
        guard let other else { return true }
        return tier != other.tier ? tier < other.tier : score > other.score
    }
}

extension Glossary {
    /// Search order: tier, score, clover before industry, English term A–Z.
    func searchOrder(_ left: SearchCandidate, _ right: SearchCandidate) -> Bool {
        if left.tier != right.tier { return left.tier < right.tier }
        if left.score != right.score { return left.score > right.score }
        return scopeThenEnglish(left.entry, right.entry)
    }

    /// Whether the entry at `position` is in clover scope (clover entries take the first ranks of
    /// `scopeThenEnglishOrder`).
    func isClover(_ position: Int) -> Bool {
        scopeThenEnglishOrder[position] < entries.count
    }

    /// Clover before industry, then English term A–Z: the tie-break of every ranked answer.
    func scopeThenEnglish(_ left: Int, _ right: Int) -> Bool {
        scopeThenEnglishOrder[left] < scopeThenEnglishOrder[right]
    }

    func hit(_ candidate: SearchCandidate) -> GlossaryHit {
        GlossaryHit(
            entry: entries[candidate.entry], tier: candidate.tier, score: candidate.score,
            matchedField: candidate.field, matchedText: matchedText(of: candidate))
    }

    func matchedText(of candidate: SearchCandidate) -> String {
        switch candidate.source {
        case .name(let index): nameTable.sources[index]
        case .definition(let english): english ? entries[candidate.entry].definition.en : entries[candidate.entry].definition.ko
        }
    }

    func suggestion(_ position: Int) -> GlossarySuggestion {
        GlossarySuggestion(id: entries[position].id, term: entries[position].term)
    }
}
