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
        var current = firstColumn
        var best: (distance: Int, length: Int)?
        if current.score <= limit && accepts(0) { best = (current.score, 0) }
        var column = 0
        while column < columns {
            current = self.column(after: current, reading: candidate[column])
            column += 1
            if column >= queryCount - limit && current.score <= limit && current.score <= best?.distance ?? Int.max && accepts(column) {
                best = (current.score, column)
            }
        }
        return best
    }

    /// One column of the table in bit-vector form, after some prefix of a candidate: all a next
    /// column needs. Carried along the shared prefixes of a `WordTrie`, so that a column is
    /// computed once for every name it starts.
    struct Column {
        /// Rows where the value grows (`verticalPlus`) or shrinks (`verticalMinus`) by one from
        /// the row above; bit 0 is row 1.
        fileprivate var verticalPlus: UInt64
        fileprivate var verticalMinus: UInt64 = 0
        /// The diagonal-zero and match vectors of this column, which a swap in the next one reads.
        fileprivate var diagonalZero: UInt64 = 0
        fileprivate var matches: UInt64 = 0
        /// The distance between the whole query and the candidate prefix read so far (the last row).
        fileprivate(set) var score: Int
    }

    /// The column for the empty prefix: row i holds i.
    var firstColumn: Column {
        let lastBit = UInt64(1) << UInt64(queryCount - 1)
        return Column(verticalPlus: lastBit | (lastBit &- 1), score: queryCount)
    }

    /// The column after `previous` once the candidate's next character is `scalar`.
    @inline(__always)
    func column(after previous: Column, reading scalar: UInt32) -> Column {
        let lastBit = UInt64(1) << UInt64(queryCount - 1)
        let matches = mask(of: scalar)
        let verticalPlus = previous.verticalPlus, verticalMinus = previous.verticalMinus
        let swaps = (((~previous.diagonalZero) & matches) << 1) & previous.matches
        let diagonalZero = (((matches & verticalPlus) &+ verticalPlus) ^ verticalPlus) | matches | verticalMinus | swaps
        var horizontalPlus = verticalMinus | ~(diagonalZero | verticalPlus)
        var horizontalMinus = verticalPlus & diagonalZero
        var score = previous.score
        if horizontalPlus & lastBit != 0 {
            score += 1
        } else if horizontalMinus & lastBit != 0 {
            score -= 1
        }
        // The top row grows by one per column (the empty query against a longer prefix).
        horizontalPlus = (horizontalPlus << 1) | 1
        horizontalMinus = horizontalMinus << 1
        return Column(
            verticalPlus: horizontalMinus | ~(diagonalZero | horizontalPlus), verticalMinus: horizontalPlus & diagonalZero,
            diagonalZero: diagonalZero, matches: matches, score: score)
    }

    /// Whether any cell of `column`, the one after a prefix of `length` characters, is at most
    /// `limit`. When none is, no longer prefix can come within the limit: a cell is its left or
    /// upper neighbour plus one, its upper-left one plus 0 or 1, or, for a swap, the cell two up and
    /// two left plus one, and that cell's diagonal neighbour in this column is at most one more.
    func hasCell(in column: Column, atMost limit: Int, length: Int) -> Bool {
        // Row 0 holds the prefix length; each row below adds its vertical delta.
        var value = length
        if value <= limit { return true }
        var plus = column.verticalPlus, minus = column.verticalMinus
        for _ in 0..<queryCount {
            value += Int(truncatingIfNeeded: plus & 1) - Int(truncatingIfNeeded: minus & 1)
            if value <= limit { return true }
            plus >>= 1
            minus >>= 1
        }
        return false
    }
}
