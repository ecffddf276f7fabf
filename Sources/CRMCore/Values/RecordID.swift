/// A record id: a kind prefix and a sequence number, written `lead_42`.
///
/// Held as two small values rather than a string so that dictionary lookups and the
/// visibility checks in 100k-row KPI scans hash two integers instead of a string.
/// Sequences are kept per kind in `CRMState` and never reused.
public struct RecordID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let kind: RecordKind
    public let sequence: Int

    public init(kind: RecordKind, sequence: Int) {
        self.kind = kind
        self.sequence = sequence
    }

    /// Parses `opp_3`; nil when the prefix is unknown or the number is not a positive integer.
    public init?(_ text: String) {
        // Over the UTF-8 in place: every `*.get` parses one, and the string views' index steps
        // (and a String for the prefix) cost ten times the parse itself.
        var text = text
        guard let id = text.withUTF8(Self.parse) else { return nil }
        self = id
    }

    private static func parse(_ utf8: UnsafeBufferPointer<UInt8>) -> RecordID? {
        var underscore = utf8.count - 1
        while underscore >= 0 && utf8[underscore] != UInt8(ascii: "_") { underscore -= 1 }
        guard underscore >= 0, let kind = RecordKind(prefixUTF8: UnsafeBufferPointer(rebasing: utf8[..<underscore])) else { return nil }
        let digits = UnsafeBufferPointer(rebasing: utf8[(underscore + 1)...])
        guard !digits.isEmpty, digits.count <= 18, digits[0] != UInt8(ascii: "0") else { return nil }
        var number = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return RecordID(kind: kind, sequence: number)
    }

    /// Parses an id that must be of one kind.
    public init?(_ text: String, kind: RecordKind) {
        guard let id = RecordID(text), id.kind == kind else { return nil }
        self = id
    }

    public var description: String { "\(kind.prefix)_\(sequence)" }

    public static func < (lhs: RecordID, rhs: RecordID) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        return lhs.sequence < rhs.sequence
    }
}
