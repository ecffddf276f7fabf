/// How a folded query matches one folded name, for the exact, prefix, word and typo tiers.
///
/// Works on buffer pointers into `NameTable`'s shared arrays (see `NameTable.withTexts`).
enum NameMatching {
    /// The tier and closeness (0…1) of `query` against `name` for the exact, prefix and word tiers, or
    /// nil. Closeness grows with how much of the name (or of the rest of it, from the word the match
    /// starts at) the query covers, so "pipeline" ranks "Pipeline" above "Pipeline Velocity".
    static func match(
        _ query: UnsafeBufferPointer<UInt32>, name: UnsafeBufferPointer<UInt32>, wordStarts: UnsafeBufferPointer<Int>
    ) -> (SearchTier, Double)? {
        guard name.count >= query.count, name.first == query.first || wordStarts.count > 1 else { return nil }
        if name.starts(with: query) {
            if name.count == query.count { return (.exact, 1) }
            return (.prefix, covering(query.count, of: name.count))
        }
        var best: Double?
        for start in wordStarts where start > 0 && name.count - start >= query.count {
            if name[start...].starts(with: query) { best = covering(query.count, of: name.count - start) }
        }
        return best.map { (.word, $0) }
    }

    /// The most typing mistakes a query of `length` folded characters may contain and still match:
    /// none below 3, one for 3–4, two from 5.
    static func typoLimit(forQueryLength length: Int) -> Int? {
        length >= 5 ? 2 : length >= 3 ? 1 : nil
    }

    /// Whether a typo match may end inside a word rather than at a word end (see `typoMatch`): for
    /// queries of 5 characters or more.
    static func allowsPartialWord(queryCount: Int) -> Bool {
        queryCount >= 5
    }

    /// The fewest edits turning `query` into one whole word run of `name` (from a word start to a
    /// word end), or, for queries of 5+ characters, into the start of one; nil if more than `limit`.
    /// Among equally few edits, the match covering most of the name wins, so a typo of the whole name
    /// ("saels cycle" → Sales Cycle) outranks one of its end (Avg. Sales Cycle).
    static func typoMatch(
        _ query: UnsafeBufferPointer<UInt32>, name: UnsafeBufferPointer<UInt32>, wordStarts: UnsafeBufferPointer<Int>,
        limit: Int, querySignature: ScalarSignature, nameSignature: ScalarSignature, using distance: inout EditDistance
    ) -> TypoMatch? {
        var best: TypoMatch?
        let allowsPartialWord = allowsPartialWord(queryCount: query.count)
        for start in wordStarts where name.count - start >= query.count - limit {
            let rest = UnsafeBufferPointer(rebasing: name[start...])
            // Only the first `query.count + limit` characters can take part in a match, so the query
            // characters they lack are edits too (see `ScalarSignature`). When those are the whole
            // name, its stored signature says so without hashing them again.
            let windowLength = query.count + limit
            let windowSignature = start == 0 && name.count <= windowLength
                ? nameSignature : ScalarSignature(UnsafeBufferPointer(rebasing: rest.prefix(windowLength)))
            guard querySignature.lacksAtMost(limit, in: windowSignature), mayBeClose(query, rest, limit: limit) else { continue }
            let found = distance.distance(from: query, toPrefixOf: rest, limit: best?.mistakes ?? limit) { length in
                length == rest.count || (allowsPartialWord && length >= query.count) || wordStarts.contains(start + length)
            }
            guard let found else { continue }
            let match = TypoMatch(mistakes: found.distance, coverage: Double(found.length) / Double(name.count))
            if best.map({ match.mistakes < $0.mistakes || (match.mistakes == $0.mistakes && match.coverage > $0.coverage) }) ?? true {
                best = match
            }
        }
        return best
    }

    /// A quick necessary condition for `query` to be within `limit` edits of a prefix of `candidate`:
    /// `limit` edits can remove or replace at most `limit` characters and shift the others by at most
    /// `limit` places, so one of the first `limit + 1` query characters must appear within `limit`
    /// places of its own position. Most names fail this at once, sparing the full comparison.
    private static func mayBeClose(
        _ query: UnsafeBufferPointer<UInt32>, _ candidate: UnsafeBufferPointer<UInt32>, limit: Int
    ) -> Bool {
        for index in 0...min(limit, query.count - 1) {
            let low = max(0, index - limit), high = min(candidate.count - 1, index + limit)
            if low <= high && candidate[low...high].contains(query[index]) { return true }
        }
        return false
    }

    /// Closeness for a match covering `matched` of `total` characters: 0.5 for a sliver, 1 for all.
    private static func covering(_ matched: Int, of total: Int) -> Double {
        0.5 + 0.5 * Double(matched) / Double(total)
    }
}

/// A typo-tolerant match of a query against one name.
struct TypoMatch {
    /// Edits needed (insertions, deletions, substitutions, swaps).
    let mistakes: Int
    /// The share of the name's characters the matched part spans, 0…1.
    let coverage: Double

    /// Closeness for ranking: fewer mistakes first, then more of the name covered.
    func closeness(limit: Int) -> Double {
        (1 - Double(mistakes) / Double(limit + 1)) * (0.5 + 0.5 * coverage)
    }
}
