/// Bounded Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
/// substitutions and swaps of two neighbours), the measure behind typo tolerance and suggestions.
///
/// Only the band of cells within `limit` of the diagonal is computed (Ukkonen): a cell further out
/// is more than `limit` edits away whatever follows, so it is held at `limit + 1`. Holds its rows so
/// one search reuses them for every name instead of allocating per comparison.
struct EditDistance {
    private var rows: [Int] = []
    /// The bit-vector form, prepared for one query (see `init(query:)`).
    private let bitParallel: BitParallelDistance?

    /// Computes with the table alone, for any query.
    init() {
        bitParallel = nil
    }

    /// Prepared for `query`: a query of at most 64 characters then runs bit-parallel. Ask only about
    /// that query (a search passes the same one for every name).
    init(query: UnsafeBufferPointer<UInt32>) {
        bitParallel = query.count > 0 && query.count <= BitParallelDistance.maximumQueryCount
            ? BitParallelDistance(query: query) : nil
    }

    /// The smallest distance between `query` and a prefix of `candidate` whose length `accepts`, if it
    /// is at most `limit`, with the length of that prefix (the longest on ties); nil otherwise.
    ///
    /// Only prefixes up to `query.count + limit` long can be within `limit`, so the work is bounded by
    /// the query, not by the candidate. Pass `accepts: { $0 == candidate.count }` for a plain distance.
    mutating func distance(
        from query: UnsafeBufferPointer<UInt32>, toPrefixOf candidate: UnsafeBufferPointer<UInt32>, limit: Int,
        accepts: (Int) -> Bool
    ) -> (distance: Int, length: Int)? {
        let queryCount = query.count
        guard queryCount > 0 else { return accepts(0) ? (0, 0) : nil }
        if let bitParallel, bitParallel.queryCount == queryCount {
            return bitParallel.distance(toPrefixOf: candidate, limit: limit, accepts: accepts)
        }
        let columns = min(candidate.count, queryCount + limit)
        if columns < queryCount - limit { return nil }
        let width = columns + 1
        if rows.count < 3 * width { rows = Array(repeating: 0, count: 3 * width) }
        return rows.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return Self.banded(query, candidate, limit: limit, columns: columns, rows: base, accepts: accepts)
        }
    }

    /// The computation itself, over three rows of `columns + 1` cells starting at `rows`.
    private static func banded(
        _ query: UnsafeBufferPointer<UInt32>, _ candidate: UnsafeBufferPointer<UInt32>, limit: Int, columns: Int,
        rows: UnsafeMutablePointer<Int>, accepts: (Int) -> Bool
    ) -> (distance: Int, length: Int)? {
        let width = columns + 1
        let tooFar = limit + 1
        var beforePrevious = rows, previous = rows + width, current = rows + 2 * width
        for column in 0..<width { previous[column] = min(column, tooFar) }
        var previousRowMinimum = 0
        for row in 1...query.count {
            let low = max(1, row - limit), high = min(columns, row + limit)
            current[0] = min(row, tooFar)
            if low > 1 { current[low - 1] = tooFar }
            var rowMinimum = current[0]
            let queryScalar = query[row - 1]
            // Raw pointers and wrapping arithmetic: every value stays within 0…limit + 2.
            guard let candidateBase = candidate.baseAddress else { return nil }
            let previousQueryScalar = row > 1 ? query[row - 2] : UInt32.max
            var column = low
            while column <= high {
                let candidateScalar = candidateBase[column - 1]
                let cost = queryScalar == candidateScalar ? 0 : 1
                var best = Swift.min(previous[column] &+ 1, current[column - 1] &+ 1, previous[column - 1] &+ cost)
                if column > 1 && previousQueryScalar == candidateScalar && queryScalar == candidateBase[column - 2] {
                    best = Swift.min(best, beforePrevious[column - 2] &+ 1)
                }
                best = Swift.min(best, tooFar)
                current[column] = best
                rowMinimum = Swift.min(rowMinimum, best)
                column &+= 1
            }
            // The next row reads one column further right, outside this row's band.
            if high + 1 <= columns { current[high + 1] = tooFar }
            // A swap can reach back two rows, so stop only when two rows in a row are over the limit.
            if rowMinimum > limit && previousRowMinimum > limit { return nil }
            previousRowMinimum = rowMinimum
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        var best: (distance: Int, length: Int)?
        for column in max(0, query.count - limit)...columns where previous[column] <= limit && accepts(column) {
            if previous[column] <= best?.distance ?? Int.max { best = (previous[column], column) }
        }
        return best
    }
}
