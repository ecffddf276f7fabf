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
        // Byte-wise: every `*.get` parses one, so this stays off Character and Substring paths.
        let utf8 = text.utf8
        guard let underscore = utf8.lastIndex(of: UInt8(ascii: "_")) else { return nil }
        guard let kind = RecordKind(prefix: String(decoding: utf8[..<underscore], as: UTF8.self)) else { return nil }
        let digits = utf8[utf8.index(after: underscore)...]
        guard !digits.isEmpty, digits.count <= 18, digits.first != UInt8(ascii: "0") else { return nil }
        var number = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        self.init(kind: kind, sequence: number)
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
