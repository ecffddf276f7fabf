/// A hash index from folded text to the first name with that text, for `lookup`'s exact probe.
///
/// Open addressing over a power-of-two table of name indexes, with each slot's hash kept beside it
/// so most mismatches are rejected without touching the text. Texts are hashed as scalars straight
/// from a buffer, so a probe allocates nothing (a `Dictionary` keyed by `ArraySlice` needed the
/// query as an array, and hashed it with a per-process seed, which a static table does not need).
struct FoldedTextIndex: Sendable {
    /// Name index + 1 per slot; 0 marks an empty slot.
    private var slots: [Int32]
    private var hashes: [UInt32]
    private let mask: Int

    /// An empty index with room for `count` texts at most half full, so probes stay short.
    init(capacity count: Int) {
        var size = 8
        while size < count * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        hashes = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// FNV-1a over the scalars: cheap, and good enough for a few thousand short names.
    @inline(__always)
    static func hash(_ text: UnsafeBufferPointer<UInt32>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for scalar in text {
            hash = (hash ^ scalar) &* 16_777_619
        }
        return hash
    }

    /// The name index stored for `text`, if any; `sameText` compares `text` with a stored name.
    @inline(__always)
    func first(
        withHash hash: UInt32, where sameText: (_ name: Int) -> Bool
    ) -> Int? {
        var slot = Int(hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            if hashes[slot] == hash && sameText(Int(stored) - 1) { return Int(stored) - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `name` under `hash` unless a name with the same text is already there; returns that
    /// earlier name when there is one.
    mutating func insert(_ name: Int, hash: UInt32, where sameText: (_ name: Int) -> Bool) -> Int? {
        var slot = Int(hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 {
                slots[slot] = Int32(name + 1)
                hashes[slot] = hash
                return nil
            }
            if hashes[slot] == hash && sameText(Int(stored) - 1) { return Int(stored) - 1 }
            slot = (slot + 1) & mask
        }
    }
}
