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
        TextNormalizer.withFolded(term) { folded in
            // Most names belong to one entry: answer those without ranking.
            if let first = nameTable.firstName(withText: folded), nameTable.nextName(withSameTextAs: first) == nil {
                return GlossaryLookupResult(query: term, best: hit(exactCandidate(first)), alternatives: [], suggestions: [])
            }
            return rankedLookup(term, folded: folded)
        }
    }

    /// The exact-tier candidate for the name at `index` in the name table.
    private func exactCandidate(_ index: Int) -> SearchCandidate {
        let name = nameTable.names[index]
        return SearchCandidate(
            entry: name.entry, tier: .exact, closeness: 1, weight: name.weight, field: name.field, source: .name(index))
    }

    /// `lookup` when several names (or none) carry the folded text.
    private func rankedLookup(_ term: String, folded: UnsafeBufferPointer<UInt32>) -> GlossaryLookupResult {
        // A handful of candidates at most, so a list scanned by entry beats a dictionary.
        var best = [(candidate: SearchCandidate, isListItem: Bool)]()
        for index in nameTable.names(withText: folded) {
            let name = nameTable.names[index]
            let candidate = exactCandidate(index)
            guard let existing = best.firstIndex(where: { $0.candidate.entry == name.entry }) else {
                best.append((candidate, name.isListItem))
                continue
            }
            let current = best[existing]
            let better = current.isListItem != name.isListItem ? current.isListItem : candidate.beats(current.candidate)
            if better { best[existing] = (candidate, name.isListItem) }
        }
        let ranked = best.sorted { left, right in
            if left.isListItem != right.isListItem { return right.isListItem }
            let leftIsClover = isClover(left.candidate.entry), rightIsClover = isClover(right.candidate.entry)
            if leftIsClover != rightIsClover { return leftIsClover }
            if left.candidate.score != right.candidate.score { return left.candidate.score > right.candidate.score }
            return englishOrder[left.candidate.entry] < englishOrder[right.candidate.entry]
        }
        guard let first = ranked.first else {
            return GlossaryLookupResult(query: term, best: nil, alternatives: [], suggestions: suggestions(forFolded: Array(folded)))
        }
        // Each hit copies its entry, so hits are made once, straight into the result.
        return GlossaryLookupResult(
            query: term, best: hit(first.candidate), alternatives: ranked.dropFirst().map { hit($0.candidate) }, suggestions: [])
    }
}
