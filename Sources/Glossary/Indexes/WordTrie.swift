/// Every folded name read from each of its word starts ("salescycle" and "cycle" for Sales Cycle),
/// as a trie over their first few scalars: suffixes sharing a beginning share a path.
///
/// Search walks it instead of comparing the query with every name. The exact, prefix and word tiers
/// want the names with a word run starting with the query: the suffixes at the end of the query's
/// path. The typo tier wants the names with a word run within a few edits of the query: a walk that
/// computes one edit-distance column per node (the column for "pipe" serves every name with a word
/// starting "pipe") and leaves a branch as soon as nothing below it can come within the limit (see
/// `TypoWalk`).
///
/// The trie branches only on a suffix's first `sharedDepth` scalars; the walk reads the rest in
/// place in the name table. Deeper, few suffixes share a path, and a node for every scalar made the
/// trie three times larger and as slow to build as the name table itself.
///
/// Nodes sit in depth-first order, so a subtree is a range of nodes and its suffixes a range of
/// suffixes: no child lists to follow, and a node's first child is the next node.
struct WordTrie: Sendable {
    struct Node: Sendable {
        /// The scalar read on the way into the node (0 for the root, which reads none).
        let scalar: UInt32
        /// The node after the subtree: the next sibling, if there is one.
        var subtreeEnd: Int32
        /// Where the node's suffixes (those ending at it, then those of its subtree) start.
        let firstSuffix: Int32
        /// The characters of every suffix through the node. A query lacking more of its characters
        /// than the edit limit allows matches none of them (see `ScalarSignature`), so the walk
        /// skips the subtree: this is what keeps a Latin query out of the Hangul names.
        var signature: ScalarSignature
    }

    /// One name read from one of its word starts.
    struct Suffix: Sendable {
        /// The name's position in the name table.
        let name: Int32
        /// Where the suffix's scalars are in the name table's, and how many it has.
        let textStart: Int32
        let length: Int32
        /// Bit L set when the suffix's first L scalars end where a word of the name ends (before
        /// another word, or at the name's end): where a typo match of a short query may stop.
        let wordEnds: UInt64
        /// The suffix's characters, for the walk below the trie (see `Node.signature`).
        let signature: ScalarSignature
    }

    /// How many scalars of each suffix the trie branches on.
    static let sharedDepth = 4

    /// In depth-first order; the root first.
    private(set) var nodes: [Node] = []
    /// In the order of the nodes they end at (or, at `sharedDepth`, go on below).
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
        var unordered = [Suffix]()
        unordered.reserveCapacity(wordStarts.count)
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
                unordered.append(Suffix(
                    name: Int32(truncatingIfNeeded: index), textStart: Int32(truncatingIfNeeded: start + wordStart),
                    length: Int32(truncatingIfNeeded: count - wordStart), wordEnds: ends >> UInt64(wordStart), signature: signature))
            }
        }
        (nodes, suffixes) = Self.laidOut(unordered, scalars: scalars)
    }

    /// The range of suffixes below `node`.
    @inline(__always)
    static func suffixRange(of node: Int, in nodes: UnsafeBufferPointer<Node>, suffixCount: Int) -> Range<Int> {
        let end = Int(nodes[node].subtreeEnd)
        return Int(nodes[node].firstSuffix)..<(end < nodes.count ? Int(nodes[end].firstSuffix) : suffixCount)
    }

    /// The range of the suffixes `node` holds itself: those ending at it, and, at `sharedDepth`,
    /// those going on below it.
    @inline(__always)
    static func ownSuffixRange(of node: Int, in nodes: UnsafeBufferPointer<Node>, suffixCount: Int) -> Range<Int> {
        Int(nodes[node].firstSuffix)..<(node + 1 < nodes.count ? Int(nodes[node + 1].firstSuffix) : suffixCount)
    }

    /// Positions in the name table, ascending and each once, of the names with a word run (or the
    /// whole name) starting with `query`: every name the exact, prefix and word tiers can match.
    /// `scalars` are the name table's.
    func names(withWordStarting query: UnsafeBufferPointer<UInt32>, scalars: UnsafeBufferPointer<UInt32>) -> [Int] {
        nodes.withUnsafeBufferPointer { nodes in
            guard !nodes.isEmpty else { return [] }
            var node = 0
            for scalar in query.prefix(Self.sharedDepth) {
                var child = node + 1
                let end = Int(nodes[node].subtreeEnd)
                while child < end && nodes[child].scalar != scalar { child = Int(nodes[child].subtreeEnd) }
                guard child < end else { return [] }
                node = child
            }
            return suffixes.withUnsafeBufferPointer { suffixes in
                // Past the trie's depth, the rest of the query is compared in place.
                let rest = UnsafeBufferPointer(rebasing: query.dropFirst(Self.sharedDepth))
                var names = [Int]()
                for index in Self.suffixRange(of: node, in: nodes, suffixCount: suffixes.count) {
                    let suffix = suffixes[index]
                    guard rest.isEmpty || (Int(suffix.length) >= query.count && UnsafeBufferPointer(
                        rebasing: scalars[Int(suffix.textStart) + Self.sharedDepth..<Int(suffix.textStart) + query.count]
                    ).elementsEqual(rest)) else { continue }
                    names.append(Int(suffix.name))
                }
                names.sort()
                var unique = [Int]()
                unique.reserveCapacity(names.count)
                for name in names where unique.last != name { unique.append(name) }
                return unique
            }
        }
    }
}
