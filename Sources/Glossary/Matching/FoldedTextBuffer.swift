/// The folded texts of the names while the table is built, written in place after the texts
/// kept so far: a name that turns out to be a duplicate is simply not kept, and nothing is
/// appended to an array per name (that was a third of building the table).
struct FoldedTextBuffer {
    private(set) var scalars: UnsafeMutablePointer<UInt32>
    private(set) var wordStarts: UnsafeMutablePointer<Int>
    private var capacity: Int
    private(set) var scalarCount = 0
    private(set) var wordStartCount = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        scalars = .allocate(capacity: self.capacity)
        wordStarts = .allocate(capacity: self.capacity)
    }

    func deallocate() {
        scalars.deallocate()
        wordStarts.deallocate()
    }

    var scalarsKept: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: scalars, count: scalarCount) }
    var wordStartsKept: UnsafeBufferPointer<Int> { UnsafeBufferPointer(start: wordStarts, count: wordStartCount) }

    /// Scalars at `range`, which may run past the texts kept (into the one just folded).
    func text(_ range: Range<Int>) -> UnsafeBufferPointer<UInt32> {
        UnsafeBufferPointer(start: scalars + range.lowerBound, count: range.count)
    }

    /// Folds `text` (as `TextNormalizer.appendFolded` does) right after the texts kept, without
    /// keeping it; returns how many scalars and word starts it folded to.
    mutating func fold(_ text: String) -> (scalars: Int, wordStarts: Int) {
        var mayHaveVariants = false
        return fold(text, mayHaveVariants: &mayHaveVariants)
    }

    /// `fold(_:)`, also telling whether `text` may have variants (see `NameVariants`): false only
    /// when it is ASCII and Hangul with no "/" or "(", which is what `NameVariants` looks for in
    /// such text. Lets most names skip a second scan for variants.
    mutating func fold(_ text: String, mayHaveVariants: inout Bool) -> (scalars: Int, wordStarts: Int) {
        var text = text
        reserve(text.utf8.count + 1)
        var slashOrParenthesis = false
        let fast = text.withUTF8 { utf8 in
            TextNormalizer.foldASCIIOrHangul(
                utf8, scalars: scalars + scalarCount, wordStarts: wordStarts + wordStartCount, slashOrParenthesis: &slashOrParenthesis)
        }
        mayHaveVariants = fast == nil || slashOrParenthesis
        if let fast { return fast }
        // Other text goes through Unicode mappings, which may lengthen it.
        var folded = [UInt32](), starts = [Int]()
        TextNormalizer.appendFoldedScalars(text, to: &folded, wordStarts: &starts)
        reserve(max(folded.count, starts.count))
        (scalars + scalarCount).update(from: folded, count: folded.count)
        (wordStarts + wordStartCount).update(from: starts, count: starts.count)
        return (folded.count, starts.count)
    }

    /// Keeps the text just folded.
    mutating func keep(_ counts: (scalars: Int, wordStarts: Int)) {
        scalarCount += counts.scalars
        wordStartCount += counts.wordStarts
    }

    private mutating func reserve(_ extra: Int) {
        guard scalarCount + extra > capacity || wordStartCount + extra > capacity else { return }
        let grown = max(capacity * 2, max(scalarCount, wordStartCount) + extra)
        let newScalars = UnsafeMutablePointer<UInt32>.allocate(capacity: grown)
        let newWordStarts = UnsafeMutablePointer<Int>.allocate(capacity: grown)
        newScalars.initialize(from: scalars, count: scalarCount)
        newWordStarts.initialize(from: wordStarts, count: wordStartCount)
        deallocate()
        scalars = newScalars
        wordStarts = newWordStarts
        capacity = grown
    }
}
