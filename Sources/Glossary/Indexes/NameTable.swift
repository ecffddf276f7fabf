/// Every name of every entry (terms, abbreviation, expansion, aliases and their variants), folded for
/// matching, in flat arrays.
///
/// A query compares itself with every name, so the layout matters: names are plain values pointing
/// into three shared arrays, and queries read those through buffer pointers, with no reference
/// counting or allocation per name. Built once at load; read-only afterwards.
struct NameTable: Sendable {
    /// One name: which entry it names, how, and where its folded text sits in the shared arrays.
    ///
    /// Stored in 32-bit fields (20 bytes rather than 64): every query walks the names, and half the
    /// size is half the memory it pulls through the cache.
    struct Name: Sendable {
        private let storedEntry: Int32
        let field: MatchedField
        /// Whether the name is one item of a listed name ("Renewal" of "New / Expansion / Renewal").
        let isListItem: Bool
        /// Whether the name has Hangul, i.e. whether its initials can match an initial-consonant query.
        let hasHangul: Bool
        private let storedStart: Int32
        private let storedCount: Int32
        private let storedFirstWordStart: Int32
        private let storedWordStartCount: Int32

        fileprivate init(
            entry: Int, field: MatchedField, isListItem: Bool, start: Int, count: Int, firstWordStart: Int,
            wordStartCount: Int, hasHangul: Bool
        ) {
            storedEntry = Int32(truncatingIfNeeded: entry)
            self.field = field
            self.isListItem = isListItem
            self.hasHangul = hasHangul
            storedStart = Int32(truncatingIfNeeded: start)
            storedCount = Int32(truncatingIfNeeded: count)
            storedFirstWordStart = Int32(truncatingIfNeeded: firstWordStart)
            storedWordStartCount = Int32(truncatingIfNeeded: wordStartCount)
        }

        var entry: Int { Int(storedEntry) }
        /// The field's weight, lowered for a list item.
        var weight: Double { field.weight * (isListItem ? NameVariants.listItemWeight : 1) }
        fileprivate var start: Int { Int(storedStart) }
        fileprivate var count: Int { Int(storedCount) }
        fileprivate var firstWordStart: Int { Int(storedFirstWordStart) }
        fileprivate var wordStartCount: Int { Int(storedWordStartCount) }
    }

    private(set) var names: [Name] = []
    /// The characters of each folded name, parallel to `names` and apart from them so that the scan
    /// ruling out names a query cannot match reads 8 bytes per name, not a whole `Name`.
    private var signatures: [ScalarSignature] = []
    /// The name as the entry writes it, parallel to `names`, reported as `GlossaryHit.matchedText`.
    private(set) var sources: [String] = []
    /// Folded scalars of all names, back to back.
    private var scalars: [UInt32] = []
    /// `scalars` with each syllable replaced by its initial consonant (same length, same offsets).
    private var initials: [UInt32] = []
    /// Word starts of all names, back to back, each relative to its name's first scalar.
    private var wordStarts: [Int] = []
    /// First name with a given folded text, then `nextWithSameText` chains the others.
    private var firstWithText = FoldedTextIndex(capacity: 0)
    private var nextWithSameText: [Int] = []
    /// Every name read from each of its word starts: the index search walks, built by the first
    /// search.
    private let wordTrie = BuiltOnFirstUse<WordTrie>()

    init(entries: [GlossaryEntry]) {
        names.reserveCapacity(entries.count * 6)
        signatures.reserveCapacity(entries.count * 6)
        sources.reserveCapacity(entries.count * 6)
        var folded = FoldedTextBuffer(capacity: entries.count * 96)
        defer { folded.deallocate() }
        // Read in place through a pointer: a copy of an entry (even a `borrowing` parameter's, which
        // the optimiser made) costs a retain and a release per string.
        entries.withUnsafeBufferPointer { entries in
            guard let first = entries.baseAddress else { return }
            for position in entries.indices { appendNames(of: first + position, at: position, into: &folded) }
        }
        scalars = Array(folded.scalarsKept)
        wordStarts = Array(folded.wordStartsKept)
        initials = Hangul.initials(of: scalars)
        nextWithSameText = Array(repeating: -1, count: names.count)
        var index = FoldedTextIndex(capacity: names.count)
        // The last name of each chain so far, so chains run in name order.
        var lastWithText = Array(repeating: -1, count: names.count)
        scalars.withUnsafeBufferPointer { scalars in
            for name in names.indices {
                let text = UnsafeBufferPointer(rebasing: scalars[names[name].start..<names[name].start + names[name].count])
                let first = index.insert(name, hash: FoldedTextIndex.hash(text)) { other in
                    UnsafeBufferPointer(rebasing: scalars[names[other].start..<names[other].start + names[other].count])
                        .elementsEqual(text)
                }
                if let first {
                    nextWithSameText[lastWithText[first] < 0 ? first : lastWithText[first]] = name
                    lastWithText[first] = name
                }
            }
        }
        firstWithText = index
    }

    /// The word trie, built on first use.
    private var builtWordTrie: WordTrie {
        wordTrie.value {
            scalars.withUnsafeBufferPointer { scalars in
                wordStarts.withUnsafeBufferPointer { wordStarts in
                    WordTrie(nameCount: names.count, scalars: scalars, wordStarts: wordStarts) { index in
                        let name = names[index]
                        return (name.start, name.count, name.firstWordStart..<name.firstWordStart + name.wordStartCount)
                    }
                }
            }
        }
    }

    /// Positions of the names with a word run (or the whole name) starting with `query`, ascending.
    func names(withWordStarting query: UnsafeBufferPointer<UInt32>) -> [Int] {
        scalars.withUnsafeBufferPointer { builtWordTrie.names(withWordStarting: query, scalars: $0) }
    }

    /// Per name, ascending, the best typo match of `query` within `limit` edits, as
    /// `NameMatching.typoMatch` finds it: by walking the word trie where it can answer (see
    /// `TypoWalk.canMatch`), otherwise by comparing the query with every name.
    func typoMatches(for query: UnsafeBufferPointer<UInt32>, limit: Int) -> [(name: Int, match: TypoMatch)] {
        guard TypoWalk.canMatch(queryCount: query.count, limit: limit) else {
            return scannedTypoMatches(for: query, limit: limit)
        }
        let trie = builtWordTrie
        let found = scalars.withUnsafeBufferPointer { scalars in
            TypoWalk.matches(
                for: query, limit: limit, allowsPartialWord: NameMatching.allowsPartialWord(queryCount: query.count), in: trie,
                scalars: scalars)
        }
        return found.map { name, match in
            (name, TypoMatch(mistakes: match.mistakes, coverage: Double(match.length) / Double(names[name].count)))
        }
    }

    /// `typoMatches` by comparing the query with every name (ruling most out by their characters).
    func scannedTypoMatches(for query: UnsafeBufferPointer<UInt32>, limit: Int) -> [(name: Int, match: TypoMatch)] {
        var result = [(name: Int, match: TypoMatch)]()
        let signature = ScalarSignature(query)
        var distance = EditDistance(query: query)
        withTexts { texts in
            for index in texts.signatures.indices where signature.lacksAtMost(limit, in: texts.signatures[index]) {
                let name = texts.names[index]
                guard let typo = NameMatching.typoMatch(
                    query, name: texts.text(of: name), wordStarts: texts.wordStarts(of: name), limit: limit,
                    querySignature: signature, nameSignature: texts.signatures[index], using: &distance)
                else { continue }
                result.append((index, typo))
            }
        }
        return result
    }

    /// The first name (in name order) whose folded text is exactly `text`, if any.
    func firstName(withText text: UnsafeBufferPointer<UInt32>) -> Int? {
        scalars.withUnsafeBufferPointer { scalars in
            firstWithText.first(withHash: FoldedTextIndex.hash(text)) { name in
                let found = names[name]
                return found.count == text.count
                    && UnsafeBufferPointer(rebasing: scalars[found.start..<found.start + found.count]).elementsEqual(text)
            }
        }
    }

    /// The next name after `name` with the same folded text, if any.
    func nextName(withSameTextAs name: Int) -> Int? {
        let next = nextWithSameText[name]
        return next >= 0 ? next : nil
    }

    /// Positions in `names` of every name whose folded text is exactly `text`, in name order.
    func names(withText text: UnsafeBufferPointer<UInt32>) -> [Int] {
        var result = [Int]()
        var next = firstName(withText: text)
        while let name = next {
            result.append(name)
            next = nextName(withSameTextAs: name)
        }
        return result
    }

    /// Read access to the folded texts for the duration of `body`.
    func withTexts<Value>(_ body: (Texts) -> Value) -> Value {
        names.withUnsafeBufferPointer { names in
            signatures.withUnsafeBufferPointer { signatures in
                scalars.withUnsafeBufferPointer { scalars in
                    initials.withUnsafeBufferPointer { initials in
                        wordStarts.withUnsafeBufferPointer { wordStarts in
                            body(Texts(
                                names: names, signatures: signatures, scalars: scalars, initials: initials, wordStarts: wordStarts))
                        }
                    }
                }
            }
        }
    }

    /// The folded texts, valid only inside `withTexts`.
    struct Texts {
        let names: UnsafeBufferPointer<Name>
        let signatures: UnsafeBufferPointer<ScalarSignature>
        fileprivate let scalars: UnsafeBufferPointer<UInt32>
        fileprivate let initials: UnsafeBufferPointer<UInt32>
        fileprivate let wordStarts: UnsafeBufferPointer<Int>

        func text(of name: Name) -> UnsafeBufferPointer<UInt32> {
            UnsafeBufferPointer(rebasing: scalars[name.start..<name.start + name.count])
        }

        /// The name with its syllables reduced to initial consonants; nil when it has no Hangul.
        func initials(of name: Name) -> UnsafeBufferPointer<UInt32>? {
            name.hasHangul ? UnsafeBufferPointer(rebasing: initials[name.start..<name.start + name.count]) : nil
        }

        func wordStarts(of name: Name) -> UnsafeBufferPointer<Int> {
            UnsafeBufferPointer(rebasing: wordStarts[name.firstWordStart..<name.firstWordStart + name.wordStartCount])
        }
    }

    /// Appends the names of one entry, each folded text once (a text found in two fields counts
    /// under the better one: term, abbreviation, expansion, alias).
    private mutating func appendNames(of entry: UnsafePointer<GlossaryEntry>, at position: Int, into buffer: inout FoldedTextBuffer) {
        let firstOfEntry = names.endIndex
        // Adds a name and its variants.
        func add(_ field: MatchedField, _ name: String) {
            // The name itself is always the first variant: folding it first also tells whether it
            // may have others, and most names do not (a separate scan for them was a fifth of this).
            var mayHaveVariants = false
            let nameCounts = buffer.fold(name, mayHaveVariants: &mayHaveVariants)
            func addVariant(_ variant: String, _ isListItem: Bool, _ counts: (scalars: Int, wordStarts: Int)) {
                let start = buffer.scalarCount, firstWordStart = buffer.wordStartCount, count = counts.scalars
                let text = buffer.text(start..<start + count)
                let existing = names[firstOfEntry...].first { other in
                    other.count == count && buffer.text(other.start..<other.start + count).elementsEqual(text)
                }
                // A text folding to nothing, or to one the entry already has, is not kept.
                if count == 0 || existing != nil { return }
                buffer.keep(counts)
                names.append(Name(
                    entry: position, field: field, isListItem: isListItem,
                    start: start, count: count, firstWordStart: firstWordStart,
                    wordStartCount: counts.wordStarts, hasHangul: text.contains(where: Hangul.isSyllable)))
                signatures.append(ScalarSignature(text))
                sources.append(name)
            }
            guard mayHaveVariants else {
                addVariant(name, false, nameCounts)
                return
            }
            NameVariants.forEach(of: name) { variant, isListItem in addVariant(variant, isListItem, buffer.fold(variant)) }
        }
        add(.term, entry.pointee.term.en)
        add(.term, entry.pointee.term.ko)
        if let abbreviation = entry.pointee.abbreviation { add(.abbreviation, abbreviation) }
        if let expansion = entry.pointee.expansion { add(.expansion, expansion) }
        for alias in entry.pointee.aliases.en { add(.alias, alias) }
        for alias in entry.pointee.aliases.ko { add(.alias, alias) }
    }
}
