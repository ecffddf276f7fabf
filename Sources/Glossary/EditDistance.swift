/// Bounded Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
/// substitutions and swaps of two neighbours), the measure behind typo tolerance and suggestions.
///
/// Holds its rows so one search reuses them for every name instead of allocating per comparison.
struct EditDistance {
    private var beforePrevious: [Int] = []
    private var previous: [Int] = []
    private var current: [Int] = []

    /// The smallest distance between `query` and a prefix of `candidate` whose length `accepts`, if it
    /// is at most `limit`, with the length of that prefix (the longest on ties); nil otherwise.
    ///
    /// Only prefixes up to `query.count + limit` long can be within `limit`, so the work is bounded by
    /// the query, not by the candidate. Pass `accepts: { $0 == candidate.count }` for a plain distance.
    mutating func distance(
        from query: UnsafeBufferPointer<UInt32>, toPrefixOf candidate: UnsafeBufferPointer<UInt32>, limit: Int,
        accepts: (Int) -> Bool
    ) -> (distance: Int, length: Int)? {
        let rows = query.count
        guard rows > 0 else { return accepts(0) ? (0, 0) : nil }
        let columns = min(candidate.count, rows + limit)
        if columns < rows - limit { return nil }
        let width = columns + 1
        if previous.count < width {
            beforePrevious = Array(repeating: 0, count: width)
            previous = Array(repeating: 0, count: width)
            current = Array(repeating: 0, count: width)
        }
        for column in 0..<width { previous[column] = column }
        var previousRowMinimum = 0
        for row in 1...rows {
            current[0] = row
            var rowMinimum = row
            let queryScalar = query[row - 1]
            if columns > 0 {
                for column in 1...columns {
                    let candidateScalar = candidate[column - 1]
                    let cost = queryScalar == candidateScalar ? 0 : 1
                    var best = min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
                    if row > 1 && column > 1 && queryScalar == candidate[column - 2]
                        && query[row - 2] == candidateScalar {
                        best = min(best, beforePrevious[column - 2] + 1)
                    }
                    current[column] = best
                    rowMinimum = min(rowMinimum, best)
                }
            }
            // A swap can reach back two rows, so stop only when two rows in a row are over the limit.
            if rowMinimum > limit && previousRowMinimum > limit { return nil }
            previousRowMinimum = rowMinimum
            swap(&beforePrevious, &previous)
            swap(&previous, &current)
        }
        var best: (distance: Int, length: Int)?
        for column in max(0, rows - limit)...columns where previous[column] <= limit && accepts(column) {
            if previous[column] <= best?.distance ?? Int.max { best = (previous[column], column) }
        }
        return best
    }
}
