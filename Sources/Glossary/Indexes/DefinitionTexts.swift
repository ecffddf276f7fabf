/// Every definition's UTF-8, English then Korean per entry, back to back in one buffer with ASCII
/// lowercased: what the definition tier of search scans.
///
/// Lowercasing ASCII keeps every byte offset, so a match's offset (and with it the score) is the
/// same as in the text as written, while the scan needs to look for one form of a letter instead of
/// two. Built once at load with a copy and two passes sixteen bytes at a time.
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
        var ranges = [(en: Range<Int>, ko: Range<Int>)]()
        ranges.reserveCapacity(entries.count)
        bytes = [UInt8](unsafeUninitializedCapacity: total) { bytes, count in
            for position in entries.indices {
                let englishStart = count
                count = Self.copy(entries[position].definition.en, into: bytes, at: count)
                let koreanStart = count
                count = Self.copy(entries[position].definition.ko, into: bytes, at: count)
                ranges.append((englishStart..<koreanStart, koreanStart..<count))
            }
        }
        self.ranges = ranges
        bytes.withUnsafeMutableBufferPointer { Self.lowercaseASCII($0) }
        slotStarts = Array(repeating: 0, count: 37)
        // Offsets are packed into 24 bits; a bundle with more definition text than that goes
        // without the indexes (and search scans every definition instead).
        guard bytes.count < 1 << 24 else { return }
        (wordStarts, slotStarts) = bytes.withUnsafeBufferPointer { bytes in Self.wordStartsBySlot(of: bytes, in: ranges) }
        hasWordStarts = true
    }

    /// Copies the UTF-8 of `text` to `bytes` at `offset` in one go (appending its `utf8` view went
    /// byte by byte); returns the offset after it.
    private static func copy(_ text: String, into bytes: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        var text = text
        return text.withUTF8 { utf8 in
            // `utf8.count` of the same string sized the buffer; `min` only keeps a mistake in bounds.
            let count = min(utf8.count, bytes.count - offset)
            guard count > 0, let source = utf8.baseAddress, let target = bytes.baseAddress else { return offset }
            (target + offset).initialize(from: source, count: count)
            return offset + count
        }
    }

    /// The word starts of every definition, grouped by slot (see `wordStarts`), and where each
    /// slot's part begins. Each slot's starts are counted while they are found, so grouping them is
    /// one pass placing each where its slot's count says (a counting sort), not a second count.
    private static func wordStartsBySlot(
        of bytes: UnsafeBufferPointer<UInt8>, in ranges: [(en: Range<Int>, ko: Range<Int>)]
    ) -> (wordStarts: [UInt32], slotStarts: [Int]) {
        // A word start follows a byte that is not a word's, so a definition has at most one per
        // two bytes (rounded up): the starts are written straight into a buffer of that size.
        let found = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: bytes.count / 2 + 2 * ranges.count + 1)
        defer { found.deallocate() }
        var slotStarts = [Int](repeating: 0, count: 37)
        var count = 0
        slotStarts.withUnsafeMutableBufferPointer { slotStarts in
            // Counted one place up, so that summing the counts leaves each slot's start in place.
            let counts = UnsafeMutableBufferPointer(rebasing: slotStarts[1...])
            for range in ranges {
                appendWordStarts(of: bytes, in: range.en, to: found, count: &count, slotCounts: counts)
                appendWordStarts(of: bytes, in: range.ko, to: found, count: &count, slotCounts: counts)
            }
            for slot in 1..<37 { slotStarts[slot] += slotStarts[slot - 1] }
        }
        let grouped = [UInt32](unsafeUninitializedCapacity: count) { grouped, groupedCount in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 36) { next in
                for slot in 0..<36 { next[slot] = slotStarts[slot] }
                for start in found[..<count] {
                    // Every start found is a letter or digit, so it has a slot.
                    guard let slot = wordStartSlot(of: bytes[Int(start >> 8)]) else { continue }
                    grouped[next[slot]] = start
                    next[slot] += 1
                }
            }
            groupedCount = count
        }
        return (grouped, slotStarts)
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

    /// Appends the word starts of `range` to `found` (see `wordStarts` for the packing) and counts
    /// them per slot in `slotCounts`.
    private static func appendWordStarts(
        of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, to found: UnsafeMutableBufferPointer<UInt32>, count: inout Int,
        slotCounts: UnsafeMutableBufferPointer<Int>
    ) {
        func append(_ slot: Int, at position: Int) {
            let next = position + 1 < range.upperBound ? bytes[position + 1] : 0
            found[count] = UInt32(truncatingIfNeeded: position) << 8 | UInt32(next)
            count += 1
            slotCounts[slot] += 1
        }
        /// Appends the starts flagged (high bit of each byte) in `starts`, the word at `position`.
        func appendFlagged(_ starts: UInt64, at position: Int) {
            var pending = starts
            while pending != 0 {
                let offset = pending.trailingZeroBitCount / 8
                if let slot = wordStartSlot(of: bytes[position + offset]) { append(slot, at: position + offset) }
                pending &= pending &- 1
            }
        }
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let highBits: UInt64 = 0x8080_8080_8080_8080
        // The flags of the last eight bytes read: its top byte is 0xFF when the last was a letter or digit.
        var previousWord: UInt64 = 0
        var position = range.lowerBound
        // Sixteen bytes at a time: flag the letters and digits (the text is lowercased, so a–z and
        // 0–9 only), keep those not preceded by one, and visit just those.
        while position + 16 <= range.upperBound {
            let words = unsafeBitCast(wordCharacters(in: raw.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self)), to: SIMD2<UInt64>.self)
            let low = words[0], high = words[1]
            appendFlagged(low & ~(low << 8 | previousWord >> 56) & highBits, at: position)
            appendFlagged(high & ~(high << 8 | low >> 56) & highBits, at: position + 8)
            previousWord = high
            position += 16
        }
        var previousIsWord = previousWord >> 56 != 0
        while position < range.upperBound {
            let slot = wordStartSlot(of: bytes[position])
            if let slot, !previousIsWord { append(slot, at: position) }
            previousIsWord = slot != nil
            position += 1
        }
    }

    /// The packed word starts for `slot` (see `wordStarts`), for the duration of `body`.
    func withWordStarts<Value>(slot: Int, _ body: (UnsafeBufferPointer<UInt32>) -> Value) -> Value {
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

    /// 0xFF in each lane of `chunk` that is a–z or 0–9, 0 elsewhere (bytes ≥ 0x80 never are).
    ///
    /// The constants are spelled `SIMD16<UInt8>`: left to inference, the operators resolved to the
    /// generic element-by-element ones, twenty times slower than the vector instructions.
    @inline(__always)
    private static func wordCharacters(in chunk: SIMD16<UInt8>) -> SIMD16<UInt8> {
        let a = SIMD16<UInt8>(repeating: 0x61), letterSpan = SIMD16<UInt8>(repeating: 25)
        let zero = SIMD16<UInt8>(repeating: 0x30), digitSpan = SIMD16<UInt8>(repeating: 9)
        let letters = (chunk &- a) .<= letterSpan, digits = (chunk &- zero) .<= digitSpan
        return unsafeBitCast(letters, to: SIMD16<UInt8>.self) | unsafeBitCast(digits, to: SIMD16<UInt8>.self)
    }

    /// Lowercases A–Z in place, sixteen bytes at a time: 0x20 is added to exactly the bytes in
    /// 0x41…0x5A (bytes ≥ 0x80 are never in range).
    private static func lowercaseASCII(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeMutableRawPointer(base)
        // Typed constants, for the vector operators (see `wordCharacters`).
        let capitalA = SIMD16<UInt8>(repeating: 0x41), span = SIMD16<UInt8>(repeating: 25), caseBit = SIMD16<UInt8>(repeating: 0x20)
        var index = 0
        while index + 16 <= bytes.count {
            let chunk = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            let upper = unsafeBitCast((chunk &- capitalA) .<= span, to: SIMD16<UInt8>.self)
            raw.storeBytes(of: chunk | (upper & caseBit), toByteOffset: index, as: SIMD16<UInt8>.self)
            index += 16
        }
        while index < bytes.count {
            if bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] += 0x20 }
            index += 1
        }
    }
}
