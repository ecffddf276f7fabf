/// A `WordTrie` while suffixes are added: nodes in creation order with child and sibling links,
/// laid out depth first once complete.
///
/// Writes through buffers allocated once for the most nodes the suffixes could make (one per
/// scalar): appending node by node to growing arrays was most of building the trie.
struct WordTrieBuilder: ~Copyable {
    private struct Node {
        var scalar: UInt32
        var firstChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// The first of the suffixes ending at the node, chained by `nextSuffix`.
        var firstSuffix: Int32 = -1
        var signature = ScalarSignature()
    }

    private let nodes: UnsafeMutableBufferPointer<Node>
    private var nodeCount = 1
    private let suffixes: UnsafeMutableBufferPointer<WordTrie.Suffix>
    private let nextSuffix: UnsafeMutableBufferPointer<Int32>
    private var suffixCount = 0
    /// The root's children by scalar: the root has one per distinct first scalar (hundreds, with
    /// Hangul), too many to look through one by one. Open addressing; -1 marks an empty slot.
    private var rootChildScalars: [UInt32]
    private var rootChildren: [Int32]
    private var rootChildCount = 0

    /// Room for suffixes of `scalarCount` scalars in all, `suffixCount` of them.
    init(scalarCount: Int, suffixCount: Int) {
        nodes = .allocate(capacity: scalarCount + 1)
        nodes[0] = Node(scalar: 0)
        suffixes = .allocate(capacity: max(suffixCount, 1))
        nextSuffix = .allocate(capacity: max(suffixCount, 1))
        var size = 64
        while size < suffixCount { size *= 2 }
        rootChildScalars = Array(repeating: 0, count: size)
        rootChildren = Array(repeating: -1, count: size)
    }

    deinit {
        nodes.deallocate()
        suffixes.deallocate()
        nextSuffix.deallocate()
    }

    /// Adds `text`, ending at `suffix`; `signature` holds its characters.
    mutating func insert(_ text: UnsafeBufferPointer<UInt32>, suffix: WordTrie.Suffix, signature: ScalarSignature) {
        guard let first = text.first else { return }
        var node = rootChild(reading: first)
        nodes[node].signature.formUnion(signature)
        for scalar in text.dropFirst() {
            node = child(of: node, reading: scalar)
            nodes[node].signature.formUnion(signature)
        }
        suffixes[suffixCount] = suffix
        nextSuffix[suffixCount] = nodes[node].firstSuffix
        nodes[node].firstSuffix = Int32(truncatingIfNeeded: suffixCount)
        suffixCount += 1
    }

    private mutating func rootChild(reading scalar: UInt32) -> Int {
        let mask = rootChildren.count - 1
        var slot = Int(truncatingIfNeeded: scalar &* 0x9E37_79B1) & mask
        while rootChildren[slot] >= 0 {
            if rootChildScalars[slot] == scalar { return Int(rootChildren[slot]) }
            slot = (slot + 1) & mask
        }
        let child = newChild(of: 0, reading: scalar)
        rootChildScalars[slot] = scalar
        rootChildren[slot] = Int32(truncatingIfNeeded: child)
        rootChildCount += 1
        if rootChildCount * 2 > rootChildren.count { growRootTable() }
        return child
    }

    private mutating func growRootTable() {
        let old = zip(rootChildScalars, rootChildren).filter { $0.1 >= 0 }
        rootChildScalars = Array(repeating: 0, count: rootChildren.count * 2)
        rootChildren = Array(repeating: -1, count: rootChildScalars.count)
        let mask = rootChildren.count - 1
        for (scalar, child) in old {
            var slot = Int(truncatingIfNeeded: scalar &* 0x9E37_79B1) & mask
            while rootChildren[slot] >= 0 { slot = (slot + 1) & mask }
            rootChildScalars[slot] = scalar
            rootChildren[slot] = child
        }
    }

    /// Below the root, nodes have a few children at most: a look along the siblings.
    @inline(__always)
    private mutating func child(of node: Int, reading scalar: UInt32) -> Int {
        var child = nodes[node].firstChild
        while child >= 0 {
            if nodes[Int(child)].scalar == scalar { return Int(child) }
            child = nodes[Int(child)].nextSibling
        }
        return newChild(of: node, reading: scalar)
    }

    private mutating func newChild(of node: Int, reading scalar: UInt32) -> Int {
        let child = nodeCount
        nodeCount += 1
        nodes[child] = Node(scalar: scalar, nextSibling: nodes[node].firstChild)
        nodes[node].firstChild = Int32(truncatingIfNeeded: child)
        return child
    }

    /// The nodes depth first, each followed by its subtree, and the suffixes in the order of the
    /// nodes they end at.
    func laidOut() -> (nodes: [WordTrie.Node], suffixes: [WordTrie.Suffix]) {
        var written = 0, writtenSuffixes = 0
        var ordered = [WordTrie.Suffix]()
        let laidOut = [WordTrie.Node](unsafeUninitializedCapacity: nodeCount) { laidOut, count in
            ordered = [WordTrie.Suffix](unsafeUninitializedCapacity: suffixCount) { orderedSuffixes, suffixTotal in
                layOut(0, into: laidOut, &written, orderedSuffixes, &writtenSuffixes)
                suffixTotal = writtenSuffixes
            }
            count = written
        }
        return (laidOut, ordered)
    }

    /// Writes `node` at `written`, then its subtree after it.
    private func layOut(
        _ node: Int, into laidOut: UnsafeMutableBufferPointer<WordTrie.Node>, _ written: inout Int,
        _ orderedSuffixes: UnsafeMutableBufferPointer<WordTrie.Suffix>, _ writtenSuffixes: inout Int
    ) {
        let position = written
        written += 1
        let firstSuffix = writtenSuffixes
        var suffix = nodes[node].firstSuffix
        while suffix >= 0 {
            orderedSuffixes.initializeElement(at: writtenSuffixes, to: suffixes[Int(suffix)])
            writtenSuffixes += 1
            suffix = nextSuffix[Int(suffix)]
        }
        var child = nodes[node].firstChild
        while child >= 0 {
            layOut(Int(child), into: laidOut, &written, orderedSuffixes, &writtenSuffixes)
            child = nodes[Int(child)].nextSibling
        }
        laidOut.initializeElement(at: position, to: WordTrie.Node(
            scalar: nodes[node].scalar, subtreeEnd: Int32(truncatingIfNeeded: written),
            firstSuffix: Int32(truncatingIfNeeded: firstSuffix), signature: nodes[node].signature))
    }
}
