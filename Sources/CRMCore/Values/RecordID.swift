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
        var text = text
        guard let id = text.withUTF8({ RecordID(utf8: $0) }) else { return nil }
        self = id
    }

    /// Parses an id that must be of one kind.
    public init?(_ text: String, kind: RecordKind) {
        guard let id = RecordID(text), id.kind == kind else { return nil }
        self = id
    }

    // One integer instead of the kind and the sequence separately (ids are the keys of every table).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(sequence &<< 3 | kind.ordinal)
    }

    public var description: String {
        String(unsafeUninitializedCapacity: RecordID.maximumLength) { buffer in write(into: buffer) }
    }

    public static func < (lhs: RecordID, rhs: RecordID) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        return lhs.sequence < rhs.sequence
    }
}
