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
        guard let underscore = text.lastIndex(of: "_") else { return nil }
        guard let kind = RecordKind(prefix: String(text[..<underscore])) else { return nil }
        let digits = text[text.index(after: underscore)...]
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              digits.first != "0", let number = Int(digits) else { return nil }
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
