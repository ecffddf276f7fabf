/// Every definition's UTF-8, English then Korean per entry, back to back in one buffer with ASCII
/// lowercased: what the definition tier of search scans.
///
/// Lowercasing ASCII keeps every byte offset, so a match's offset (and with it the score) is the
/// same as in the text as written, while the scan needs to look for one form of a letter instead of
/// two. Built once at load with a copy and an eight-bytes-at-a-time pass.
struct DefinitionTexts: Sendable {
    private var bytes: [UInt8] = []
    /// Per entry: where its English and Korean definitions sit in `bytes`.
    private var ranges: [(en: Range<Int>, ko: Range<Int>)] = []

    init(entries: UnsafeBufferPointer<GlossaryEntry>) {
        // Entries are read by index, never copied: a copy costs a retain and release per string.
        var total = 0
        for position in entries.indices {
            total += entries[position].definition.en.utf8.count + entries[position].definition.ko.utf8.count
        }
        bytes.reserveCapacity(total)
        ranges.reserveCapacity(entries.count)
        for position in entries.indices {
            let englishStart = bytes.count
            Self.append(entries[position].definition.en, to: &bytes)
            let koreanStart = bytes.count
            Self.append(entries[position].definition.ko, to: &bytes)
            ranges.append((englishStart..<koreanStart, koreanStart..<bytes.count))
        }
        bytes.withUnsafeMutableBufferPointer { Self.lowercaseASCII($0) }
        slotStarts = Array(repeating: 0, count: 37)
        // Offsets are packed into 24 bits; a bundle with more definition text than that goes
        // without the indexes (and search scans every definition instead).
        guard bytes.count < 1 << 24 else { return }
        bytes.withUnsafeBufferPointer { bytes in
            // A word start follows a byte that is not a word's, so a definition has at most one per
            // two bytes (rounded up): the starts are written straight into a buffer of that size.
            let found = [UInt32](unsafeUninitializedCapacity: bytes.count / 2 + 2 * ranges.count + 1) { found, count in
                for range in ranges {
                    Self.appendWordStarts(of: bytes, in: range.en, to: found, count: &count)
                    Self.appendWordStarts(of: bytes, in: range.ko, to: found, count: &count)
                }
            }
            wordStarts = Self.groupedBySlot(found, bytes: bytes, slotStarts: &slotStarts)
        }
        hasWordStarts = true
    }

    /// Where each Hangul syllable occurs, for queries starting with one (see `HangulOccurrences`),
    /// built by the first.
    private let syllables = BuiltOnFirstUse<HangulOccurrences>()

    /// Calls `body` with every place `query` may start, packed as `wordStarts` are, in text order:
    /// the word starts of its first letter when it matches only at word starts, the occurrences of
    /// its first syllable when that is Hangul. Returns false, without calling it, for other queries
    /// (and when the bundle was too large to index), which scan instead.
    func withIndexedStarts(of query: DefinitionQuery, _ body: (UnsafeBufferPointer<UInt32>) -> Void) -> Bool {
        guard hasWordStarts else { return false }
        if let slot = query.wordStartSlot {
            withWordStarts(slot: slot, body)
            return true
        }
        if let syllable = query.leadingSyllable {
            let occurrences = syllables.value { bytes.withUnsafeBufferPointer { HangulOccurrences($0) } }
            occurrences.withOccurrences(of: syllable, body)
            return true
        }
        return false
    }

    /// Appends the UTF-8 of `text` in one copy (appending its `utf8` view went byte by byte).
    private static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `found` (in text order) reordered so each slot's starts are together, still in text order:
    /// a counting sort, so that the scan appends to one flat array rather than to 36 growing ones.
    private static func groupedBySlot(
        _ found: [UInt32], bytes: UnsafeBufferPointer<UInt8>, slotStarts: inout [Int]
    ) -> [UInt32] {
        var counts = [Int](repeating: 0, count: 37)
        for start in found {
            if let slot = wordStartSlot(of: bytes[Int(start >> 8)]) { counts[slot + 1] += 1 }
        }
        for slot in 1..<37 { counts[slot] += counts[slot - 1] }
        slotStarts = counts
        var next = counts
        return [UInt32](unsafeUninitializedCapacity: counts[36]) { grouped, count in
            for start in found {
                guard let slot = wordStartSlot(of: bytes[Int(start >> 8)]) else { continue }
                grouped[next[slot]] = start
                next[slot] += 1
            }
            count = counts[36]
        }
    }

    /// Whether `wordStarts` and `syllables` were built (see `init`).
    private var hasWordStarts = false

    /// Per Latin letter or digit (a–z, then 0–9): where a word starting with it begins (the letter is
    /// the first of its definition, or follows a byte that is no Latin letter or digit), in order. A
    /// Latin query only matches at a word start, so the scan visits these instead of every
    /// occurrence of the letter. Each is `offset << 8 | next`, `next` being the byte after the letter
    /// (0 at the end of a definition), so most words are ruled out without reading the text.
    /// Kept in one array grouped by slot; `slotStarts[slot]..<slotStarts[slot + 1]` is a slot's part.
    private var wordStarts: [UInt32] = []
    private var slotStarts: [Int] = []

    private static func appendWordStarts(
        of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, to found: UnsafeMutableBufferPointer<UInt32>, count: inout Int
    ) {
        func append(_ slot: Int, at position: Int) {
            let next = position + 1 < range.upperBound ? bytes[position + 1] : 0
            found[count] = UInt32(truncatingIfNeeded: position) << 8 | UInt32(next)
            count += 1
        }
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var previousIsWord = false
        var position = range.lowerBound
        // Eight bytes at a time: flag the letters and digits (the text is lowercased, so a–z and
        // 0–9 only), keep those not preceded by one, and visit just those.
        while position + 8 <= range.upperBound {
            let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            let letters = wordCharacters(in: word)
            let starts = letters & ~((letters << 8) | (previousIsWord ? 0x80 : 0))
            var pending = starts
            while pending != 0 {
                let offset = pending.trailingZeroBitCount / 8
                if let slot = wordStartSlot(of: bytes[position + offset]) { append(slot, at: position + offset) }
                pending &= pending &- 1
            }
            previousIsWord = letters >> 56 != 0
            position += 8
        }
        while position < range.upperBound {
            let slot = wordStartSlot(of: bytes[position])
            if let slot, !previousIsWord { append(slot, at: position) }
            previousIsWord = slot != nil
            position += 1
        }
    }

    /// The packed word starts for `slot` (see `wordStarts`), for the duration of `body`.
    private func withWordStarts<Value>(slot: Int, _ body: (UnsafeBufferPointer<UInt32>) -> Value) -> Value {
        wordStarts.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[slotStarts[slot]..<slotStarts[slot + 1]])) }
    }

    /// The `wordStarts` slot of a lowercased Latin letter or digit, or nil for any other byte.
    static func wordStartSlot(of byte: UInt8) -> Int? {
        byte >= 0x61 && byte <= 0x7A ? Int(byte - 0x61) : byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) + 26 : nil
    }

    /// Read access to entry definitions for the duration of `body`: the buffer and the ranges.
    func withBytes<Value>(_ body: (UnsafeBufferPointer<UInt8>, _ ranges: UnsafeBufferPointer<(en: Range<Int>, ko: Range<Int>)>) -> Value) -> Value {
        bytes.withUnsafeBufferPointer { bytes in ranges.withUnsafeBufferPointer { body(bytes, $0) } }
    }

    /// The high bit of each byte of `word` that is a–z or 0–9 (bytes ≥ 0x80 never are).
    @inline(__always)
    private static func wordCharacters(in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let low = word & ~highBits
        let ascii = ~word & highBits
        let letters = ((low &+ ones &* (0x80 - 0x61)) ^ (low &+ ones &* (0x80 - 0x7B))) & highBits
        let digits = ((low &+ ones &* (0x80 - 0x30)) ^ (low &+ ones &* (0x80 - 0x3A))) & highBits
        return (letters | digits) & ascii
    }

    /// Lowercases A–Z in place, eight bytes at a time: a byte is flagged when it is ASCII (top bit
    /// clear) and its low seven bits lie in 0x41…0x5A, then 0x20 is added to exactly those bytes.
    private static func lowercaseASCII(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeMutableRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let low = word & ~highBits
            let atLeastA = low &+ ones &* (0x80 - 0x41)
            let aboveZ = low &+ ones &* (0x80 - 0x5B)
            let upper = (atLeastA ^ aboveZ) & ~word & highBits
            if upper != 0 { raw.storeBytes(of: word | (upper >> 2), toByteOffset: index, as: UInt64.self) }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] += 0x20 }
            index += 1
        }
    }
}
