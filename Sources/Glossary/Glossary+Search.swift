extension Glossary {
    /// Ranked search over every name of every entry in both languages, then over definitions.
    ///
    /// Tiers, best first: exact, prefix ("수주" finds 수주율), word ("cycle" finds Sales Cycle),
    /// typo-tolerant (1 mistake for 3–4 characters, 2 from 5), definition contains. A query made only of
    /// Korean initial consonants ("ㅍㅇㅍㄹㅇ", or the prefix "ㅍㅇ") matches the initials of Korean
    /// names through the exact, prefix and word tiers. Each entry appears once, at its best match.
    ///
    /// - Parameters:
    ///   - category: keep only entries of this category id.
    ///   - scope: keep only entries of this scope.
    ///   - limit: the most hits returned; zero or less returns none.
    /// - Returns: hits best first (see `GlossarySearchResult.hits`); when there are none, suggestions.
    public func search(
        _ query: String, category: String? = nil, scope: GlossaryScope? = nil, limit: Int = 20
    ) -> GlossarySearchResult {
        let folded = TextNormalizer.matchScalars(query)
        guard !folded.isEmpty, limit > 0 else { return GlossarySearchResult(query: query, hits: [], suggestions: []) }
        let included = { (position: Int) -> Bool in
            (category.map { self.entries[position].category == $0 } ?? true)
                && (scope.map { self.entries[position].scope == $0 } ?? true)
        }
        var best = nameCandidates(for: folded, where: included)
        var found = best.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        if found < limit && !Hangul.isInitialsOnly(folded) {
            for position in entries.indices where best[position] == nil && included(position) {
                guard let candidate = definitionCandidate(for: folded, at: position) else { continue }
                best[position] = candidate
                found += 1
            }
        }
        let ranked = best.compactMap { $0 }.sorted(by: searchOrder).prefix(limit).map(hit)
        guard ranked.isEmpty else { return GlossarySearchResult(query: query, hits: ranked, suggestions: []) }
        // Unfiltered, the name tiers have already come up empty over the whole glossary.
        let suggestions = category == nil && scope == nil
            ? distantSuggestions(forFolded: folded) : suggestions(forFolded: folded)
        return GlossarySearchResult(query: query, hits: [], suggestions: suggestions)
    }

    /// The best name match of every entry `included` lets through, indexed by entry position.
    func nameCandidates(for query: [UInt32], where included: (Int) -> Bool) -> [SearchCandidate?] {
        var best = [SearchCandidate?](repeating: nil, count: entries.count)
        let initialsOnly = Hangul.isInitialsOnly(query)
        for key in keys where included(key.entry) {
            guard let name = initialsOnly ? key.initials : key.text.scalars,
                  let (tier, closeness) = NameMatching.match(query, name: name, wordStarts: key.text.wordStarts)
            else { continue }
            let candidate = SearchCandidate(entry: key.entry, tier: tier, closeness: closeness, field: key.field, text: key.source)
            if candidate.beats(best[key.entry]) { best[key.entry] = candidate }
        }
        guard !initialsOnly, let limit = NameMatching.typoLimit(forQueryLength: query.count) else { return best }

        let matchedWithoutTypo = best.map { $0 != nil }
        var distance = EditDistance()
        for key in keys where !matchedWithoutTypo[key.entry] && included(key.entry) {
            guard let typo = NameMatching.typoMatch(
                query, name: key.text.scalars, wordStarts: key.text.wordStarts, limit: limit, using: &distance)
            else { continue }
            let candidate = SearchCandidate(
                entry: key.entry, tier: .typo, closeness: typo.closeness(limit: limit), field: key.field, text: key.source)
            if candidate.beats(best[key.entry]) { best[key.entry] = candidate }
        }
        return best
    }

    /// A definition-tier match when either definition contains the query; an earlier mention scores
    /// higher (0.5 to 1), as a term named in the first sentence is more central to the entry.
    private func definitionCandidate(for query: [UInt32], at position: Int) -> SearchCandidate? {
        let (english, korean) = definitions[position]
        let entry = entries[position]
        for (text, source) in [(english, entry.definition.en), (korean, entry.definition.ko)] {
            guard let offset = NameMatching.firstOccurrence(of: query, in: text) else { continue }
            let closeness = 1 - 0.5 * Double(offset) / Double(max(text.count, 1))
            return SearchCandidate(entry: position, tier: .definition, closeness: closeness, field: .definition, text: source)
        }
        return nil
    }
}
