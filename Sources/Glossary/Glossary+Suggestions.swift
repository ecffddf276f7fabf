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
        query.withUnsafeBufferPointer { query in
            let signature = ScalarSignature(query)
            var distance = EditDistance(query: query)
            nameTable.withTexts { texts in
                for index in texts.signatures.indices where signature.missing(from: texts.signatures[index]) <= limit {
                    let name = texts.names[index]
                    guard let typo = NameMatching.typoMatch(
                        query, name: texts.text(of: name), wordStarts: texts.wordStarts(of: name), limit: limit, querySignature: signature, using: &distance)
                    else { continue }
                    if typo.mistakes < fewest[name.entry] ?? Int.max { fewest[name.entry] = typo.mistakes }
                }
            }
        }
        return fewest.sorted { left, right in
            left.value != right.value ? left.value < right.value : scopeThenEnglish(left.key, right.key)
        }.prefix(Self.suggestionLimit).map { suggestion($0.key) }
    }
}
