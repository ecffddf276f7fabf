/// The edit distance of `EditDistance` (optimal string alignment) computed a column at a time with
/// bit vectors, for queries of at most 64 characters: Myers' algorithm with Hyyrö's extension for
/// swaps of neighbours ("Explaining and extending the bit-parallel approximate string matching
/// algorithm of Myers", 2001; "A bit-vector algorithm for computing Levenshtein and Damerau edit
/// distances", 2002). A name's column costs a dozen word operations whatever the limit, where the
/// table costs a row of cells per query character.
struct BitParallelDistance {
    /// The query's distinct characters and, for each, the bit mask of the positions holding it.
    private var characters: [UInt32] = []
    private var masks: [UInt64] = []
    private(set) var queryCount = 0
    /// Masks by a character's low byte, with the one character stored there (or `UInt32.max` when
    /// two share the byte, which sends the look-up to the list): one probe per candidate character.
    private var byLowByte = [(character: UInt32, mask: UInt64)](repeating: (UInt32.max - 1, 0), count: 256)

    static let maximumQueryCount = 64

    /// Prepares for `query`, which must be 1…64 characters long.
    init(query: UnsafeBufferPointer<UInt32>) {
        queryCount = query.count
        for (position, scalar) in query.enumerated() {
            let bit = UInt64(1) << UInt64(position)
            if let index = characters.firstIndex(of: scalar) {
                masks[index] |= bit
            } else {
                characters.append(scalar)
                masks.append(bit)
            }
        }
        for (character, mask) in zip(characters, masks) {
            let slot = Int(character & 0xFF)
            byLowByte[slot] = byLowByte[slot].character == UInt32.max - 1 ? (character, mask) : (UInt32.max, 0)
        }
    }

    @inline(__always)
    private func mask(of scalar: UInt32) -> UInt64 {
        let entry = byLowByte[Int(scalar & 0xFF)]
        if entry.character == scalar { return entry.mask }
        guard entry.character == UInt32.max else { return 0 }
        for index in characters.indices where characters[index] == scalar { return masks[index] }
        return 0
    }

    /// As `EditDistance.distance(from:toPrefixOf:limit:accepts:)`, for the prepared query.
    func distance(
        toPrefixOf candidate: UnsafeBufferPointer<UInt32>, limit: Int, accepts: (Int) -> Bool
    ) -> (distance: Int, length: Int)? {
        let columns = min(candidate.count, queryCount + limit)
        if columns < queryCount - limit { return nil }
        let lastBit = UInt64(1) << UInt64(queryCount - 1)
        // Vertical deltas of the current column (+1 / -1 per row), starting from column 0 (0, 1, 2, …).
        var verticalPlus = lastBit | (lastBit &- 1), verticalMinus: UInt64 = 0
        var previousDiagonalZero: UInt64 = 0, previousMatches: UInt64 = 0
        var score = queryCount
        var best: (distance: Int, length: Int)?
        if score <= limit && accepts(0) { best = (score, 0) }
        var column = 0
        while column < columns {
            let matches = mask(of: candidate[column])
            let swaps = (((~previousDiagonalZero) & matches) << 1) & previousMatches
            let diagonalZero = (((matches & verticalPlus) &+ verticalPlus) ^ verticalPlus) | matches | verticalMinus | swaps
            var horizontalPlus = verticalMinus | ~(diagonalZero | verticalPlus)
            var horizontalMinus = verticalPlus & diagonalZero
            if horizontalPlus & lastBit != 0 {
                score += 1
            } else if horizontalMinus & lastBit != 0 {
                score -= 1
            }
            // The top row grows by one per column (the empty query against a longer prefix).
            horizontalPlus = (horizontalPlus << 1) | 1
            horizontalMinus = horizontalMinus << 1
            verticalPlus = horizontalMinus | ~(diagonalZero | horizontalPlus)
            verticalMinus = horizontalPlus & diagonalZero
            previousDiagonalZero = diagonalZero
            previousMatches = matches
            column += 1
            if column >= queryCount - limit && score <= limit && score <= best?.distance ?? Int.max && accepts(column) {
                best = (score, column)
            }
        }
        return best
    }
}
