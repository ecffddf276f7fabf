/// The typo tier's walk over a `WordTrie`: depth first, carrying the edit-distance column of the
/// prefix read so far, then along each suffix alone below the trie's depth, recording a match
/// wherever the query is within the limit of a prefix that ends at a word end (or anywhere from the
/// query's length on, for partial words).
///
/// It finds what `NameMatching.typoMatch` finds name by name: it computes the same columns (once per
/// shared prefix), and leaves a branch only where that comparison could find nothing either: past
/// the query's length plus the limit, where no cell of the column is within the limit (no longer
/// prefix can then come within it; `BitParallelDistance.hasCell`), or where the branch's
/// characters lack more of the query's than the limit (the signature test the scan makes per name).
struct TypoWalk {
    private let queryCount: Int
    private let querySignature: ScalarSignature
    private let limit: Int
    private let allowsPartialWord: Bool
    private let nodes: UnsafeBufferPointer<WordTrie.Node>
    private let suffixes: UnsafeBufferPointer<WordTrie.Suffix>
    /// The name table's scalars, which the walk reads below the trie's depth.
    private let scalars: UnsafeBufferPointer<UInt32>
    private let distance: BitParallelDistance
    /// Every match found, by name, in the order found.
    private var found: [(name: Int32, match: TypoMatchLength)] = []

    /// Whether the walk can answer for a query of `count` scalars and `limit` edits: the limit must
    /// be below the query's length (a query the edits could delete outright matches at any word,
    /// which the scan's quick tests treat their own way), and a match must fit the 64 bits of
    /// `WordTrie.Suffix.wordEnds` and of `BitParallelDistance`.
    static func canMatch(queryCount count: Int, limit: Int) -> Bool {
        limit < count && count + limit < 64
    }

    /// Per name, ascending, the fewest edits (then the longest match) with which `query` turns into
    /// a word run of the name or, when `allowsPartialWord`, the start of one, within `limit`.
    /// `scalars` are the name table's.
    static func matches(
        for query: UnsafeBufferPointer<UInt32>, limit: Int, allowsPartialWord: Bool, in trie: WordTrie,
        scalars: UnsafeBufferPointer<UInt32>
    ) -> [(name: Int, match: TypoMatchLength)] {
        trie.nodes.withUnsafeBufferPointer { nodes in
            trie.suffixes.withUnsafeBufferPointer { suffixes in
                guard !nodes.isEmpty else { return [] }
                var walk = TypoWalk(
                    queryCount: query.count, querySignature: ScalarSignature(query), limit: limit,
                    allowsPartialWord: allowsPartialWord, nodes: nodes, suffixes: suffixes, scalars: scalars,
                    distance: BitParallelDistance(query: query))
                walk.visitChildren(of: 0, depth: 0, column: walk.distance.firstColumn)
                return walk.matches()
            }
        }
    }

    private init(
        queryCount: Int, querySignature: ScalarSignature, limit: Int, allowsPartialWord: Bool,
        nodes: UnsafeBufferPointer<WordTrie.Node>, suffixes: UnsafeBufferPointer<WordTrie.Suffix>,
        scalars: UnsafeBufferPointer<UInt32>, distance: BitParallelDistance
    ) {
        self.queryCount = queryCount
        self.querySignature = querySignature
        self.limit = limit
        self.allowsPartialWord = allowsPartialWord
        self.nodes = nodes
        self.suffixes = suffixes
        self.scalars = scalars
        self.distance = distance
    }

    /// Visits the children of `node`, at `depth`, whose column is `column`.
    private mutating func visitChildren(of node: Int, depth: Int, column: BitParallelDistance.Column) {
        let childDepth = depth + 1
        let end = Int(nodes[node].subtreeEnd)
        var child = node + 1
        while child < end {
            let next = Int(nodes[child].subtreeEnd)
            defer { child = next }
            guard querySignature.lacksAtMost(limit, in: nodes[child].signature) else { continue }
            let childColumn = distance.column(after: column, reading: nodes[child].scalar)
            if childColumn.score <= limit && childDepth >= queryCount - limit {
                record(below: child, length: childDepth, mistakes: childColumn.score)
            }
            guard childDepth < queryCount + limit && distance.hasCell(in: childColumn, atMost: limit, length: childDepth) else {
                continue
            }
            if childDepth < WordTrie.sharedDepth {
                visitChildren(of: child, depth: childDepth, column: childColumn)
            } else {
                for suffix in WordTrie.ownSuffixRange(of: child, in: nodes, suffixCount: suffixes.count) {
                    followAlone(suffixes[suffix], from: childDepth, column: childColumn)
                }
            }
        }
    }

    /// Goes on along one suffix below the trie's depth, from `depth`, where its column is `column`.
    private mutating func followAlone(_ suffix: WordTrie.Suffix, from depth: Int, column: BitParallelDistance.Column) {
        let end = min(Int(suffix.length), queryCount + limit)
        guard depth < end, querySignature.lacksAtMost(limit, in: suffix.signature) else { return }
        var column = column, length = depth
        let text = Int(suffix.textStart)
        while length < end {
            column = distance.column(after: column, reading: scalars[text + length])
            length += 1
            if column.score <= limit && length >= queryCount - limit
                && ((allowsPartialWord && length >= queryCount) || suffix.wordEnds >> UInt64(length) & 1 != 0) {
                found.append((suffix.name, TypoMatchLength(mistakes: column.score, length: length)))
            }
            guard distance.hasCell(in: column, atMost: limit, length: length) else { return }
        }
    }

    /// Records a match of `length` scalars for each suffix below `node` where such a match may stop.
    private mutating func record(below node: Int, length: Int, mistakes: Int) {
        let anyLength = allowsPartialWord && length >= queryCount
        for index in WordTrie.suffixRange(of: node, in: nodes, suffixCount: suffixes.count)
        where anyLength || suffixes[index].wordEnds >> UInt64(length) & 1 != 0 {
            found.append((suffixes[index].name, TypoMatchLength(mistakes: mistakes, length: length)))
        }
    }

    /// The best match per name, ascending by name.
    private func matches() -> [(name: Int, match: TypoMatchLength)] {
        let sorted = found.sorted { $0.name < $1.name }
        var result = [(name: Int, match: TypoMatchLength)]()
        for (name, match) in sorted {
            if let last = result.last, last.name == Int(name) {
                if match.beats(last.match) { result[result.count - 1].match = match }
            } else {
                result.append((Int(name), match))
            }
        }
        return result
    }
}

/// A typo match's edits and length, before the name's length turns the length into coverage.
struct TypoMatchLength {
    let mistakes: Int
    let length: Int

    /// Whether this is the better match for one name: fewer edits, then longer (as
    /// `NameMatching.typoMatch` prefers).
    func beats(_ other: TypoMatchLength) -> Bool {
        mistakes != other.mistakes ? mistakes < other.mistakes : length > other.length
    }
}
