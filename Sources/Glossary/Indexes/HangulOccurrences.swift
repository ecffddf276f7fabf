/// Where each Hangul syllable occurs in the definitions, grouped by syllable, in text order: the
/// definition tier's index for queries starting with Hangul.
///
/// Korean compounds are written solid, so a Hangul query may match anywhere, not only at a word
/// start; scanning for its first syllable's last byte (one in 64 of all Korean continuation bytes)
/// was most of a Korean search. Each occurrence is packed as `DefinitionTexts` packs word starts,
/// `offset << 8 | the byte after the first`, so the same loop reads both (for a syllable that byte
/// is a continuation byte, which `DefinitionQuery.mayMatch` always lets through). Built with the
/// definitions, on the first search that needs it.
struct HangulOccurrences: Sendable {
    private var occurrences: [UInt32] = []
    /// Per syllable (its offset from 가), where its occurrences start in `occurrences`; one more at
    /// the end.
    private var syllableStarts: [Int32] = []

    private static let syllableCount = 11_172

    /// No occurrences.
    init() {}

    /// Indexes `bytes` (UTF-8 text, under 16 MiB: offsets take 24 bits).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Two passes over the text, a counting sort: count each syllable, then write each
        // occurrence at its syllable's next place, in text order.
        var starts = [Int32](repeating: 0, count: Self.syllableCount + 1)
        starts.withUnsafeMutableBufferPointer { starts in
            Self.forEachSyllable(in: bytes) { syllable, _ in starts[syllable + 1] += 1 }
            for syllable in 0..<Self.syllableCount { starts[syllable + 1] += starts[syllable] }
        }
        occurrences = [UInt32](unsafeUninitializedCapacity: Int(starts[Self.syllableCount])) { occurrences, count in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.syllableCount) { next in
                _ = next.initialize(fromContentsOf: starts[..<Self.syllableCount])
                Self.forEachSyllable(in: bytes) { syllable, position in
                    occurrences[Int(next[syllable])] = UInt32(truncatingIfNeeded: position) << 8 | UInt32(bytes[position + 1])
                    next[syllable] += 1
                }
            }
            count = Int(starts[Self.syllableCount])
        }
        syllableStarts = starts
    }

    /// Calls `body` with each precomposed syllable in `bytes` (as its offset from 가) and where it
    /// starts, in text order.
    @inline(__always)
    private static func forEachSyllable(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var position = 0
        while position + 2 < bytes.count {
            // ASCII (most English text) eight bytes at a time.
            if position + 8 <= bytes.count && raw.loadUnaligned(fromByteOffset: position, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                position += 8
                continue
            }
            let lead = bytes[position]
            // Syllables U+AC00…U+D7A3 are EA B0 80 … ED 9E A3 in UTF-8.
            guard lead >= 0xEA && lead <= 0xED else {
                position += 1
                continue
            }
            let scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6 | UInt32(bytes[position + 2] & 0x3F)
            if Hangul.isSyllable(scalar) { body(Int(scalar - 0xAC00), position) }
            position += 3
        }
    }

    /// The occurrences of `syllable` (a precomposed Hangul syllable), for the duration of `body`.
    func withOccurrences<Value>(of syllable: UInt32, _ body: (UnsafeBufferPointer<UInt32>) -> Value) -> Value {
        guard Hangul.isSyllable(syllable), !syllableStarts.isEmpty else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let index = Int(syllable - 0xAC00)
        return occurrences.withUnsafeBufferPointer { occurrences in
            body(UnsafeBufferPointer(rebasing: occurrences[Int(syllableStarts[index])..<Int(syllableStarts[index + 1])]))
        }
    }
}
