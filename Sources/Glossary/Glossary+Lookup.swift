extension Glossary {
    /// The entry a term names exactly: its term, abbreviation, expansion or an alias, in English or
    /// Korean, compared after folding case, width, Unicode form and separators ("win rate",
    /// "Win-Rate", "ＷＩＮ　ＲＡＴＥ" and "수주율" all find Win Rate).
    ///
    /// When several entries carry the name: a whole name before one item of a listed name ("MQL" is
    /// Marketing Qualified Lead's abbreviation, but only a third of "MQL / SQL / SAL"); then clover
    /// scope (the house meaning); then a match on the term before abbreviation, expansion and alias;
    /// then English term A–Z. No match is not an error: the result then has no `best` and up to five
    /// suggestions.
    public func lookup(_ term: String) -> GlossaryLookupResult {
        let folded = TextNormalizer.matchScalars(term)
        var best = [Int: (candidate: SearchCandidate, isListItem: Bool)]()
        for index in nameTable.names(withText: folded) {
            let name = nameTable.names[index]
            let candidate = SearchCandidate(
                entry: name.entry, tier: .exact, closeness: 1, weight: name.weight, field: name.field, text: nameTable.sources[index])
            let better = best[name.entry].map { current in
                current.isListItem != name.isListItem ? current.isListItem : candidate.beats(current.candidate)
            } ?? true
            if better { best[name.entry] = (candidate, name.isListItem) }
        }
        let ranked = best.values.sorted { left, right in
            if left.isListItem != right.isListItem { return right.isListItem }
            let leftScope = entries[left.candidate.entry].scope, rightScope = entries[right.candidate.entry].scope
            if leftScope != rightScope { return leftScope == .clover }
            if left.candidate.score != right.candidate.score { return left.candidate.score > right.candidate.score }
            return englishOrder[left.candidate.entry] < englishOrder[right.candidate.entry]
        }.map { hit($0.candidate) }
        return GlossaryLookupResult(
            query: term, best: ranked.first, alternatives: Array(ranked.dropFirst()),
            suggestions: ranked.isEmpty ? suggestions(forFolded: folded) : [])
    }
}
