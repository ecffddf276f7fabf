/// Per entry, its place when entries are sorted by folded English term and by folded Korean term
/// (ties by position), so sorting by a term later compares two integers.
///
/// The terms are folded here rather than taken from the name table (where each is the first name
/// of its entry, folded the same way), so that the two can be built at the same time.
struct TermOrder: Sendable {
    var english: [Int] = []
    var korean: [Int] = []

    init(entries: [GlossaryEntry]) {
        var scalars = [UInt32](), wordStarts = [Int]()
        scalars.reserveCapacity(entries.count * 32)
        var englishTerms = [Range<Int>](), koreanTerms = [Range<Int>]()
        englishTerms.reserveCapacity(entries.count)
        koreanTerms.reserveCapacity(entries.count)
        // Entries are read in place, field by field: copying a whole entry costs a retain per string.
        entries.withUnsafeBufferPointer { entries in
            for position in entries.indices {
                var start = scalars.count
                TextNormalizer.appendFolded(entries[position].term.en, to: &scalars, wordStarts: &wordStarts)
                englishTerms.append(start..<scalars.count)
                start = scalars.count
                TextNormalizer.appendFolded(entries[position].term.ko, to: &scalars, wordStarts: &wordStarts)
                koreanTerms.append(start..<scalars.count)
            }
        }
        scalars.withUnsafeBufferPointer { scalars in
            english = Self.ranks(of: englishTerms, in: scalars)
            korean = Self.ranks(of: koreanTerms, in: scalars)
        }
    }

    /// For each text, its rank in code-point order (ties by position).
    private static func ranks(of texts: [Range<Int>], in scalars: UnsafeBufferPointer<UInt32>) -> [Int] {
        let order = texts.indices.sorted { left, right in
            let leftText = UnsafeBufferPointer(rebasing: scalars[texts[left]])
            let rightText = UnsafeBufferPointer(rebasing: scalars[texts[right]])
            return leftText.elementsEqual(rightText) ? left < right : leftText.lexicographicallyPrecedes(rightText)
        }
        var ranks = [Int](repeating: 0, count: texts.count)
        for (rank, position) in order.enumerated() { ranks[position] = rank }
        return ranks
    }
}
