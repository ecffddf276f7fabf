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
        let included: [Bool]? = category == nil && scope == nil ? nil : entries.map { entry in
            (category.map { entry.category == $0 } ?? true) && (scope.map { entry.scope == $0 } ?? true)
        }
        var best = nameCandidates(for: folded, where: included, enoughWithoutTypos: limit)
        // Definition hits rank below every name hit, so when names fill the limit they are not needed.
        if best.lazy.filter({ $0 != nil }).count < limit && !Hangul.isInitialsOnly(folded) {
            let definitionQuery = DefinitionQuery(folded: folded)
            let indexed = definitionTexts.withIndexedStarts(of: definitionQuery) { starts in
                definitionCandidates(for: definitionQuery, startingAt: starts, into: &best, where: included)
            }
            if !indexed {
                definitionTexts.withBytes { bytes, ranges in
                    for position in ranges.indices where best[position] == nil && included?[position] ?? true {
                        best[position] = definitionCandidate(for: definitionQuery, in: bytes, ranges[position], at: position)
                    }
                }
            }
        }
        let ranked = best.compactMap { $0 }.sorted(by: searchOrder).prefix(limit).map(hit)
        guard ranked.isEmpty else { return GlossarySearchResult(query: query, hits: ranked, suggestions: []) }
        // Unfiltered, the name tiers have already come up empty over the whole glossary.
        let suggestions = category == nil && scope == nil
            ? distantSuggestions(forFolded: folded) : suggestions(forFolded: folded)
        return GlossarySearchResult(query: query, hits: [], suggestions: suggestions)
    }

    /// The best name match of every entry `included` lets through (nil: every entry), indexed by
    /// entry position. Typo matches rank below every other name match and go only to entries without
    /// one, so once `enoughWithoutTypos` entries have an exact, prefix or word match, a caller keeping
    /// that many hits would never see them, and they are not looked for.
    func nameCandidates(for query: [UInt32], where included: [Bool]?, enoughWithoutTypos: Int = Int.max) -> [SearchCandidate?] {
        var best = [SearchCandidate?](repeating: nil, count: entries.count)
        let initialsOnly = Hangul.isInitialsOnly(query)
        let typoLimit = initialsOnly ? nil : NameMatching.typoLimit(forQueryLength: query.count)
        query.withUnsafeBufferPointer { query in
            // Names are visited in name order, so that of two names of an entry matching equally
            // well, the first counts (as `beats` keeps the earlier candidate on a tie).
            nameTable.withTexts { texts in
                func consider(_ index: Int) {
                    let name = texts.names[index]
                    guard included?[name.entry] ?? true,
                          let text = initialsOnly ? texts.initials(of: name) : texts.text(of: name),
                          let (tier, closeness) = NameMatching.match(query, name: text, wordStarts: texts.wordStarts(of: name))
                    else { return }
                    let candidate = SearchCandidate(
                        entry: name.entry, tier: tier, closeness: closeness, weight: name.weight, field: name.field,
                        source: .name(index))
                    if candidate.beats(best[name.entry]) { best[name.entry] = candidate }
                }
                // Initials are not in the index: those queries (short, and matching only names with
                // Hangul) compare with every name.
                if initialsOnly {
                    for index in texts.names.indices { consider(index) }
                } else {
                    for index in nameTable.names(withWordStarting: query) { consider(index) }
                }
            }
            let matchedWithoutTypo = best.map { $0 != nil }
            guard let typoLimit, matchedWithoutTypo.count(where: { $0 }) < enoughWithoutTypos else { return }
            for (index, typo) in nameTable.typoMatches(for: query, limit: typoLimit) {
                let name = nameTable.names[index]
                guard !matchedWithoutTypo[name.entry], included?[name.entry] ?? true else { continue }
                let candidate = SearchCandidate(
                    entry: name.entry, tier: .typo, closeness: typo.closeness(limit: typoLimit), weight: name.weight,
                    field: name.field, source: .name(index))
                if candidate.beats(best[name.entry]) { best[name.entry] = candidate }
            }
        }
        return best
    }

    /// A definition-tier match when either definition contains the query; an earlier mention scores
    /// higher (0.5 to 1), as a term named in the first sentence is more central to the entry.
    private func definitionCandidate(
        for query: DefinitionQuery, in bytes: UnsafeBufferPointer<UInt8>, _ range: (en: Range<Int>, ko: Range<Int>), at position: Int
    ) -> SearchCandidate? {
        // English first, then Korean.
        for language in 0..<2 {
            let text = language == 0 ? range.en : range.ko
            guard let offset = query.firstOffset(inLowercased: UnsafeBufferPointer(rebasing: bytes[text])) else { continue }
            let closeness = 1 - 0.5 * Double(offset) / Double(max(text.count, 1))
            return SearchCandidate(
                entry: position, tier: .definition, closeness: closeness, weight: 1, field: .definition,
                source: .definition(english: language == 0))
        }
        return nil
    }

    /// The definition tier through an index: visits `starts`, the places the query may start (the
    /// words starting with its first letter, or the occurrences of its first syllable; see
    /// `DefinitionTexts.withIndexedStarts`), in text order, instead of scanning every definition.
    /// Definitions sit English then Korean per entry, so an entry's first match in that order is the
    /// one the scan of `definitionCandidate` would find; entries with a match (by name or earlier)
    /// are skipped.
    private func definitionCandidates(
        for query: DefinitionQuery, startingAt starts: UnsafeBufferPointer<UInt32>, into best: inout [SearchCandidate?],
        where included: [Bool]?
    ) {
        definitionTexts.withBytes { bytes, ranges in
            do {
                var position = 0
                for start in starts {
                    guard query.mayMatch(nextByte: UInt8(truncatingIfNeeded: start)) else { continue }
                    let offset = Int(start >> 8)
                    while position < ranges.count && ranges[position].ko.upperBound <= offset { position += 1 }
                    guard position < ranges.count, best[position] == nil, included?[position] ?? true else { continue }
                    let isEnglish = offset < ranges[position].ko.lowerBound
                    let text = isEnglish ? ranges[position].en : ranges[position].ko
                    let segment = UnsafeBufferPointer(rebasing: bytes[text])
                    guard query.matches(segment, at: offset - text.lowerBound) else { continue }
                    let closeness = 1 - 0.5 * Double(offset - text.lowerBound) / Double(max(text.count, 1))
                    best[position] = SearchCandidate(
                        entry: position, tier: .definition, closeness: closeness, weight: 1, field: .definition,
                        source: .definition(english: isEnglish))
                }
            }
        }
    }
}
