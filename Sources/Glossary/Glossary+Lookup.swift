extension Glossary {
    /// The entry a term names exactly: its term, abbreviation, expansion or an alias, in English or
    /// Korean, compared after folding case, width, Unicode form and separators ("win rate",
    /// "Win-Rate", "ＷＩＮ　ＲＡＴＥ" and "수주율" all find Win Rate).
    ///
    /// When several entries carry the name, clover scope comes first (the house meaning), then a match
    /// on the term before abbreviation, expansion and alias, then English term A–Z. No match is not an
    /// error: the result then has no `best` and up to five suggestions.
    public func lookup(_ term: String) -> GlossaryLookupResult {
        let folded = TextNormalizer.matchScalars(term)
        var best = [Int: SearchCandidate]()
        for index in nameTable.names(withText: folded) {
            let name = nameTable.names[index]
            let candidate = SearchCandidate(entry: name.entry, tier: .exact, closeness: 1, field: name.field, text: nameTable.sources[index])
            if candidate.beats(best[name.entry]) { best[name.entry] = candidate }
        }
        let ranked = best.values.sorted { left, right in
            if entries[left.entry].scope != entries[right.entry].scope { return entries[left.entry].scope == .clover }
            if left.score != right.score { return left.score > right.score }
            return englishOrder[left.entry] < englishOrder[right.entry]
        }.map(hit)
        return GlossaryLookupResult(
            query: term, best: ranked.first, alternatives: Array(ranked.dropFirst()),
            suggestions: ranked.isEmpty ? suggestions(forFolded: folded) : [])
    }
}
