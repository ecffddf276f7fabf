/// The set of characters a text contains, hashed into 64 bits: a filter that rules out most names
/// before any comparison.
///
/// Every distinct query character a name lacks costs at least one edit (each of its occurrences has
/// to be substituted or deleted), so a name lacking more than `limit` of them cannot be a typo match,
/// and one lacking any cannot be an exact, prefix or word match. Hash collisions only make the test
/// let more names through, never fewer.
struct ScalarSignature: Sendable, Equatable {
    private(set) var bits: UInt64 = 0

    init() {}

    init(_ scalars: UnsafeBufferPointer<UInt32>) {
        for scalar in scalars { insert(scalar) }
    }

    @inline(__always)
    mutating func insert(_ scalar: UInt32) {
        bits |= 1 << UInt64((scalar &* 0x9E37_79B1) >> 26)
    }

    /// Adds the characters of `other`.
    @inline(__always)
    mutating func formUnion(_ other: ScalarSignature) {
        bits |= other.bits
    }

    /// Whether `other` lacks at most `limit` of this signature's characters (as far as the hashed
    /// bits tell). Counts by clearing bits, stopping past `limit`: limits are 0 to 4, and a full
    /// population count is a dozen instructions where the CPU target has no instruction for it.
    @inline(__always)
    func lacksAtMost(_ limit: Int, in other: ScalarSignature) -> Bool {
        var lacking = bits & ~other.bits
        // The exact, prefix and word tiers ask for none lacking, on every name: one test.
        if limit == 0 { return lacking == 0 }
        var count = 0
        while lacking != 0 {
            count += 1
            if count > limit { return false }
            lacking &= lacking &- 1
        }
        return true
    }
}
