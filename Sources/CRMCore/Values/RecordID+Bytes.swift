/// Record ids straight from and into bytes, for the journal and the wire: every stored record
/// holds several, and building each through string interpolation was a visible share of a write.
extension RecordID {
    /// Longest id text: `quota_` and a 19-digit sequence.
    static let maximumLength = 32

    /// Parses `opp_3` from UTF-8 bytes; nil when the prefix is unknown or the number is not a
    /// positive integer of at most 18 digits (what `init?(_ text:)` accepts).
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let underscore = bytes.lastIndex(of: UInt8(ascii: "_")),
              let kind = RecordKind(prefix: UnsafeBufferPointer(rebasing: bytes[..<underscore])) else { return nil }
        let digits = bytes[(underscore + 1)...]
        guard !digits.isEmpty, digits.count <= 18, digits.first != UInt8(ascii: "0") else { return nil }
        var number = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        self.init(kind: kind, sequence: number)
    }

    /// Hands the id's text (`description`) to `body` from a buffer on the stack: no String, no array.
    public func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var scratch: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &scratch) { raw in
            let buffer = raw.bindMemory(to: UInt8.self)
            return body(UnsafeBufferPointer(rebasing: buffer[..<write(into: buffer)]))
        }
    }

    /// Writes the id's text at the start of `buffer` (at least `maximumLength` bytes); returns its length.
    func write(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let prefix = kind.prefixText
        var count = prefix.utf8CodeUnitCount
        for offset in 0..<count { buffer[offset] = prefix.utf8Start[offset] }
        buffer[count] = UInt8(ascii: "_")
        count = ASCIIDigits.write(sequence, width: 0, into: buffer, at: count + 1)
        return count
    }
}

extension RecordKind {
    /// `prefix` as a compile-time constant, for writers that never build a `String`.
    public var prefixText: StaticString {
        switch self {
        case .user: "user"
        case .lead: "lead"
        case .account: "acct"
        case .contact: "cont"
        case .opportunity: "opp"
        case .license: "lic"
        case .note: "note"
        case .quota: "quota"
        }
    }

    /// The kind whose prefix is exactly `bytes` (by length and first byte, then the whole prefix).
    public init?(prefix bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return nil }
        let kind: RecordKind
        switch (bytes.count, first) {
        case (4, UInt8(ascii: "u")): kind = .user
        case (4, UInt8(ascii: "l")): kind = .lead
        case (4, UInt8(ascii: "a")): kind = .account
        case (4, UInt8(ascii: "c")): kind = .contact
        case (4, UInt8(ascii: "n")): kind = .note
        case (3, UInt8(ascii: "o")): kind = .opportunity
        case (3, UInt8(ascii: "l")): kind = .license
        case (5, UInt8(ascii: "q")): kind = .quota
        default: return nil
        }
        let prefix = kind.prefixText
        for offset in 1..<bytes.count where prefix.utf8Start[offset] != bytes[offset] { return nil }
        self = kind
    }
}
