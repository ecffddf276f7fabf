extension Glossary {
    /// The most suggestions any answer carries.
    static let suggestionLimit = 5

    /// "Did you mean" for a folded query that found nothing: the best prefix, word and typo matches
    /// across the whole glossary, or, if there are none, the names fewest edits away (up to a third
    /// of the query's length, at least 2). Empty for a query of fewer than 2 characters.
    func suggestions(forFolded query: [UInt32]) -> [GlossarySuggestion] {
        guard query.count >= 2 else { return [] }
        let named = nameCandidates(for: query, where: nil).compactMap { $0 }
        if !named.isEmpty {
            return named.sorted(by: searchOrder).prefix(Self.suggestionLimit).map { suggestion($0.entry) }
        }
        return distantSuggestions(forFolded: query)
    }

    /// The names fewest edits away from a folded query that no tier matched, for when even typo
    /// tolerance found nothing: up to a third of the query's length, at least 2.
    func distantSuggestions(forFolded query: [UInt32]) -> [GlossarySuggestion] {
        guard query.count >= 2, !Hangul.isInitialsOnly(query) else { return [] }
        let limit = max(2, (query.count + 2) / 3)
        var fewest = [Int: Int]()
        // How many entries are known to be exactly d edits away, and the most edits still worth
        // looking for: once five entries are within m edits, one needing more cannot be shown (one
        // needing exactly m still can, on the tie-break).
        var entriesAt = Array(repeating: 0, count: limit + 1)
        var worthLooking = limit
        query.withUnsafeBufferPointer { query in
            // The index finds every name within the limit at once, cheaper than the scan below even
            // with its narrowing limit.
            guard !TypoWalk.canMatch(queryCount: query.count, limit: limit) else {
                for (index, typo) in nameTable.typoMatches(for: query, limit: limit) {
                    let entry = nameTable.names[index].entry
                    if typo.mistakes < fewest[entry] ?? Int.max { fewest[entry] = typo.mistakes }
                }
                return
            }
            let signature = ScalarSignature(query)
            var distance = EditDistance(query: query)
            nameTable.withTexts { texts in
                for index in texts.signatures.indices where signature.lacksAtMost(worthLooking, in: texts.signatures[index]) {
                    let name = texts.names[index]
                    guard let typo = NameMatching.typoMatch(
                        query, name: texts.text(of: name), wordStarts: texts.wordStarts(of: name), limit: worthLooking,
                        querySignature: signature, nameSignature: texts.signatures[index], using: &distance),
                        typo.mistakes < fewest[name.entry] ?? Int.max
                    else { continue }
                    if let previous = fewest[name.entry] { entriesAt[previous] -= 1 }
                    entriesAt[typo.mistakes] += 1
                    fewest[name.entry] = typo.mistakes
                    var within = 0
                    for mistakes in 0...worthLooking {
                        within += entriesAt[mistakes]
                        if within >= Self.suggestionLimit {
                            worthLooking = mistakes
                            break
                        }
                    }
                }
            }
        }
        return fewest.sorted { left, right in
            left.value != right.value ? left.value < right.value : scopeThenEnglish(left.key, right.key)
        }.prefix(Self.suggestionLimit).map { suggestion($0.key) }
    }
}
