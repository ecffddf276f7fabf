/// Every folded name read from each of its word starts ("salescycle" and "cycle" for Sales Cycle),
/// as a trie: suffixes sharing a beginning share a path.
///
/// Search walks it instead of comparing the query with every name. The exact, prefix and word tiers
/// want the names with a word run starting with the query: the subtree at the end of the query's
/// path. The typo tier wants the names with a word run within a few edits of the query: a walk that
/// computes one edit-distance column per node (the column for "pipe" serves every name with a word
/// starting "pipe") and leaves a branch as soon as nothing below it can come within the limit (see
/// `TypoWalk`).
///
/// Nodes sit in depth-first order, so a subtree is a range of nodes and the suffixes ending in it a
/// range of suffixes: no child lists to follow, and a node's first child is the next node.
struct WordTrie: Sendable {
    struct Node: Sendable {
        /// The scalar read on the way into the node (0 for the root, which reads none).
        let scalar: UInt32
        /// The node after the subtree: the next sibling, if there is one.
        let subtreeEnd: Int32
        /// Where the node's suffixes (those ending at it, then those of its subtree) start.
        let firstSuffix: Int32
        /// The characters of every suffix through the node. A query lacking more of its characters
        /// than the edit limit allows matches none of them (see `ScalarSignature`), so the walk
        /// skips the subtree: this is what keeps a Latin query out of the Hangul names.
        let signature: ScalarSignature
    }

    /// One name read from one of its word starts.
    struct Suffix: Sendable {
        /// The name's position in the name table.
        let name: Int32
        /// Bit L set when the suffix's first L scalars end where a word of the name ends (before
        /// another word, or at the name's end): where a typo match of a short query may stop.
        let wordEnds: UInt64
    }

    /// In depth-first order; the root first.
    private(set) var nodes: [Node] = []
    /// In the order of the nodes they end at; one extra `firstSuffix`, past the last suffix, is
    /// `suffixCount`.
    private(set) var suffixes: [Suffix] = []

    /// No names.
    init() {}

    /// Indexes `nameCount` names whose folded texts are in `scalars`: `name(index)` gives where
    /// one starts, its length and the range of `wordStarts` holding its word starts (relative to
    /// its start, ascending).
    init(
        nameCount: Int, scalars: UnsafeBufferPointer<UInt32>, wordStarts: UnsafeBufferPointer<Int>,
        name: (Int) -> (start: Int, count: Int, wordStarts: Range<Int>)
    ) {
        // The builder allocates once: for the most nodes (one per scalar of every suffix) and the
        // suffixes themselves.
        var suffixCount = 0, suffixScalarCount = 0
        for index in 0..<nameCount {
            let (_, count, starts) = name(index)
            for wordStart in wordStarts[starts] where wordStart < count {
                suffixCount += 1
                suffixScalarCount += count - wordStart
            }
        }
        var builder = WordTrieBuilder(scalarCount: suffixScalarCount, suffixCount: suffixCount)
        for index in 0..<nameCount {
            let (start, count, starts) = name(index)
            // A word ends where the next begins, and at the end of the name.
            var ends: UInt64 = count < 64 ? 1 << UInt64(count) : 0
            for wordStart in wordStarts[starts] where wordStart < 64 { ends |= 1 << UInt64(wordStart) }
            // Last word first, so each suffix's signature adds its first word to the next one's.
            var signature = ScalarSignature(), signed = count
            for wordStart in wordStarts[starts].reversed() where wordStart < count {
                while signed > wordStart {
                    signed -= 1
                    signature.insert(scalars[start + signed])
                }
                builder.insert(
                    UnsafeBufferPointer(rebasing: scalars[start + wordStart..<start + count]),
                    suffix: Suffix(name: Int32(truncatingIfNeeded: index), wordEnds: ends >> UInt64(wordStart)),
                    signature: signature)
            }
        }
        (nodes, suffixes) = builder.laidOut()
    }

    /// The range of suffixes below `node`.
    @inline(__always)
    static func suffixRange(of node: Int, in nodes: UnsafeBufferPointer<Node>, suffixCount: Int) -> Range<Int> {
        let end = Int(nodes[node].subtreeEnd)
        return Int(nodes[node].firstSuffix)..<(end < nodes.count ? Int(nodes[end].firstSuffix) : suffixCount)
    }

    /// Positions in the name table, ascending and each once, of the names with a word run (or the
    /// whole name) starting with `query`: every name the exact, prefix and word tiers can match.
    func names(withWordStarting query: UnsafeBufferPointer<UInt32>) -> [Int] {
        nodes.withUnsafeBufferPointer { nodes in
            guard !nodes.isEmpty else { return [] }
            var node = 0
            for scalar in query {
                var child = node + 1
                let end = Int(nodes[node].subtreeEnd)
                while child < end && nodes[child].scalar != scalar { child = Int(nodes[child].subtreeEnd) }
                guard child < end else { return [] }
                node = child
            }
            return suffixes.withUnsafeBufferPointer { suffixes in
                var names = Self.suffixRange(of: node, in: nodes, suffixCount: suffixes.count).map { Int(suffixes[$0].name) }
                names.sort()
                var unique = [Int]()
                unique.reserveCapacity(names.count)
                for name in names where unique.last != name { unique.append(name) }
                return unique
            }
        }
    }
}
