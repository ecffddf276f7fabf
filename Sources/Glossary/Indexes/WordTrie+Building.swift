extension WordTrie {
    /// The trie over `suffixes` (whose texts are in `scalars`): nodes depth first, and the suffixes
    /// in the same order, each after the node it ends at (or, at `sharedDepth`, continues below).
    ///
    /// Sorting the suffixes by their first `sharedDepth` scalars puts them in exactly that order, so
    /// one pass then creates each node as its first suffix arrives. Written through buffers: with
    /// arrays, uniqueness and capacity checks on every node and key were most of building.
    static func laidOut(_ suffixes: [Suffix], scalars: UnsafeBufferPointer<UInt32>) -> (nodes: [Node], suffixes: [Suffix]) {
        let (keys, digits) = scalarKeys(of: suffixes, scalars: scalars)
        let order = sortedPositions(keys: keys, digits: digits, count: suffixes.count)
        let nodes = keys.withUnsafeBufferPointer { keys in
            suffixes.withUnsafeBufferPointer { suffixes in layOutNodes(visiting: order, keys: keys, suffixes: suffixes, scalars: scalars) }
        }
        return (nodes, order.map { suffixes[$0] })
    }

    /// The nodes for the suffixes visited in `order` (sorted by `keys`): a node is created where a
    /// suffix's keys first differ from the path of the one before, and closed when the path leaves it.
    private static func layOutNodes(
        visiting order: [Int], keys: UnsafeBufferPointer<UInt32>, suffixes: UnsafeBufferPointer<Suffix>,
        scalars: UnsafeBufferPointer<UInt32>
    ) -> [Node] {
        // At most one node per key, and the root.
        [Node](unsafeUninitializedCapacity: suffixes.count * sharedDepth + 1) { nodes, count in
            nodes.initializeElement(at: 0, to: Node(scalar: 0, subtreeEnd: 0, firstSuffix: 0, signature: ScalarSignature()))
            var nodeCount = 1
            // The current path: its nodes (the root first) and the keys leading to them.
            withUnsafeTemporaryAllocation(of: Int.self, capacity: sharedDepth + 1) { path in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: sharedDepth) { pathKeys in
                    path[0] = 0
                    var pathLength = 0
                    for (ordered, position) in order.enumerated() {
                        let suffixKeys = UnsafeBufferPointer(rebasing: keys[position * sharedDepth..<(position + 1) * sharedDepth])
                        let depth = min(Int(suffixes[position].length), sharedDepth)
                        var common = 0
                        while common < min(depth, pathLength) && pathKeys[common] == suffixKeys[common] { common += 1 }
                        // Leaving a node: its subtree ends where the next node will be.
                        while pathLength > common {
                            nodes[path[pathLength]].subtreeEnd = Int32(truncatingIfNeeded: nodeCount)
                            pathLength -= 1
                        }
                        while pathLength < depth {
                            pathKeys[pathLength] = suffixKeys[pathLength]
                            pathLength += 1
                            path[pathLength] = nodeCount
                            nodes.initializeElement(at: nodeCount, to: Node(
                                scalar: scalars[Int(suffixes[position].textStart) + pathLength - 1], subtreeEnd: 0,
                                firstSuffix: Int32(truncatingIfNeeded: ordered), signature: ScalarSignature()))
                            nodeCount += 1
                        }
                        for level in 0...pathLength { nodes[path[level]].signature.formUnion(suffixes[position].signature) }
                    }
                    for level in 0...pathLength { nodes[path[level]].subtreeEnd = Int32(truncatingIfNeeded: nodeCount) }
                }
            }
            count = nodeCount
        }
    }

    /// Per suffix, the keys of its first `sharedDepth` scalars: 0 past its end (which sorts a suffix
    /// ending at a node before those going on below it), otherwise a number standing for the
    /// scalar, the same for the same scalar. Numbers are given out in order of appearance, so they
    /// stay below 2048 (one radix digit) unless the names use more distinct scalars than that; then
    /// the scalar plus one is the key (below 0x110001, two digits).
    private static func scalarKeys(of suffixes: [Suffix], scalars: UnsafeBufferPointer<UInt32>) -> (keys: [UInt32], digits: Int) {
        let tableSize = 4096, digitLimit = 2048
        var nextKey: UInt32 = 1
        var keys = [UInt32](repeating: 0, count: suffixes.count * sharedDepth)
        let dense = keys.withUnsafeMutableBufferPointer { keys in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: tableSize) { tableScalars in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: tableSize) { tableKeys in
                    tableKeys.initialize(repeating: 0)
                    for (position, suffix) in suffixes.enumerated() {
                        for depth in 0..<min(Int(suffix.length), sharedDepth) {
                            let scalar = scalars[Int(suffix.textStart) + depth]
                            var slot = Int(truncatingIfNeeded: scalar &* 0x9E37_79B1) & (tableSize - 1)
                            while tableKeys[slot] != 0 && tableScalars[slot] != scalar { slot = (slot + 1) & (tableSize - 1) }
                            if tableKeys[slot] == 0 {
                                guard nextKey < digitLimit else { return false }
                                tableScalars[slot] = scalar
                                tableKeys[slot] = nextKey
                                nextKey += 1
                            }
                            keys[position * sharedDepth + depth] = tableKeys[slot]
                        }
                    }
                    return true
                }
            }
        }
        guard !dense else { return (keys, 1) }
        for (position, suffix) in suffixes.enumerated() {
            for depth in 0..<min(Int(suffix.length), sharedDepth) {
                keys[position * sharedDepth + depth] = scalars[Int(suffix.textStart) + depth] + 1
            }
        }
        return (keys, 2)
    }

    /// Positions of the `count` suffixes whose `keys` these are, ordered by those keys, then by
    /// position: a radix sort, least significant digit first, `digits` 11-bit digits a key. Each
    /// pass is stable, so positions stay in order among equal keys. (A comparison sort of packed
    /// keys cost several times as much.)
    private static func sortedPositions(keys: [UInt32], digits: Int, count: Int) -> [Int] {
        var order = Array(0..<count)
        keys.withUnsafeBufferPointer { keys in
            order.withUnsafeMutableBufferPointer { order in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { scratch in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: 2049) { starts in
                        var source = order, target = scratch
                        for depth in (0..<sharedDepth).reversed() {
                            for shift in stride(from: UInt32(0), to: UInt32(11 * digits), by: 11) {
                                starts.initialize(repeating: 0)
                                for position in source { starts[Int((keys[position * sharedDepth + depth] >> shift) & 2047) + 1] += 1 }
                                for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
                                for position in source {
                                    let digit = Int((keys[position * sharedDepth + depth] >> shift) & 2047)
                                    target[starts[digit]] = position
                                    starts[digit] += 1
                                }
                                swap(&source, &target)
                            }
                        }
                        if source.baseAddress != order.baseAddress, count > 0 { _ = order.update(fromContentsOf: source) }
                    }
                }
            }
        }
        return order
    }
}
