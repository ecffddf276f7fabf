/// Per entry, its place when entries are sorted by folded English term and by folded Korean term
/// (ties by position), so sorting by a term later compares two integers.
///
/// The terms are folded here, as the name table folds them (each term is the first name it gives
/// its entry). Taking them from the name table saved folding them twice, but chained the sort
/// behind the table, the larger half of loading's second part; folded here, the order is built in
/// the other half, beside the definitions, which finishes first.
struct TermOrder: Sendable {
    var english: [Int] = []
    var korean: [Int] = []

    init(entries: UnsafeBufferPointer<GlossaryEntry>) {
        // Terms are a few words: room for every term's scalars, so folding never reallocates.
        var folded = FoldedTextBuffer(capacity: entries.count * 64)
        defer { folded.deallocate() }
        var englishTexts = [Range<Int>](), koreanTexts = [Range<Int>]()
        englishTexts.reserveCapacity(entries.count)
        koreanTexts.reserveCapacity(entries.count)
        // Entries are read by index, never copied: a copy costs a retain and release per string.
        for position in entries.indices {
            englishTexts.append(Self.fold(entries[position].term.en, into: &folded))
            koreanTexts.append(Self.fold(entries[position].term.ko, into: &folded))
        }
        english = Self.ranks(of: englishTexts, in: folded.scalarsKept)
        korean = Self.ranks(of: koreanTexts, in: folded.scalarsKept)
    }

    /// Folds `term` after the texts in `buffer`, keeps it, and returns where it is.
    private static func fold(_ term: String, into buffer: inout FoldedTextBuffer) -> Range<Int> {
        let start = buffer.scalarCount
        let counts = buffer.fold(term)
        buffer.keep(counts)
        return start..<start + counts.scalars
    }

    /// For each text, its rank in code-point order (ties by position).
    private static func ranks(of texts: [Range<Int>], in scalars: UnsafeBufferPointer<UInt32>) -> [Int] {
        // Each text's first two scalars as one integer (one more than each scalar, 0 past the end, so
        // a shorter text comes first), compared before the texts: most pairs differ there, and
        // walking both texts for every comparison was most of the sort.
        var keyed = texts.indices.map { position in
            let text = texts[position]
            let first = text.count > 0 ? UInt64(scalars[text.lowerBound]) + 1 : 0
            let second = text.count > 1 ? UInt64(scalars[text.lowerBound + 1]) + 1 : 0
            return (key: first << 32 | second, position: position)
        }
        keyed.sort { left, right in
            if left.key != right.key { return left.key < right.key }
            return precedes(texts[left.position], texts[right.position], in: scalars) ?? (left.position < right.position)
        }
        var ranks = [Int](repeating: 0, count: texts.count)
        for (rank, entry) in keyed.enumerated() { ranks[entry.position] = rank }
        return ranks
    }

    /// Whether the text at `left` comes before the one at `right` in code-point order (a proper
    /// prefix first); nil when they are equal. One pass, where `elementsEqual` and then
    /// `lexicographicallyPrecedes` made two, and most of the sort's time.
    @inline(__always)
    private static func precedes(_ left: Range<Int>, _ right: Range<Int>, in scalars: UnsafeBufferPointer<UInt32>) -> Bool? {
        let common = min(left.count, right.count)
        var offset = 0
        while offset < common {
            let leftScalar = scalars[left.lowerBound + offset], rightScalar = scalars[right.lowerBound + offset]
            if leftScalar != rightScalar { return leftScalar < rightScalar }
            offset += 1
        }
        return left.count == right.count ? nil : left.count < right.count
    }
}
