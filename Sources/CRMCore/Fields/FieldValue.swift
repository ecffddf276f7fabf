/// A scalar field value, for generic filtering and sorting of any record type.
public enum FieldValue: Hashable, Sendable {
    case string(String)
    case int(Int64)
    case money(Money)
    case timestamp(Timestamp)
    case day(Day)
    case bool(Bool)
    case null

    /// Total order used by sorting and range filters: null first, then by value. Money compares by
    /// currency code, then amount, so mixed-currency lists sort stably.
    static func compare(_ lhs: FieldValue, _ rhs: FieldValue) -> Int {
        switch (lhs, rhs) {
        case (.null, .null): return 0
        case (.null, _): return -1
        case (_, .null): return 1
        case (.string(let a), .string(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.int(let a), .int(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.timestamp(let a), .timestamp(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.day(let a), .day(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.bool(let a), .bool(let b)): return a == b ? 0 : (!a ? -1 : 1)
        case (.money(let a), .money(let b)):
            if a.currency != b.currency { return a.currency < b.currency ? -1 : 1 }
            return a.cents == b.cents ? 0 : (a.cents < b.cents ? -1 : 1)
        default: return 0
        }
    }
}

/// The type of a named scalar field; tells the query layer how to read a filter value.
public enum FieldKind: String, Hashable, Sendable {
    case string
    case id
    case enumeration
    case int
    case money
    case timestamp
    case day
    case bool
}

/// A field's name and kind, for filter/sort validation and for schemas the server generates.
public struct FieldSpec: Hashable, Sendable {
    public let name: String
    public let kind: FieldKind
    /// The accepted values of an enumeration field.
    public let allowed: [String]?

    public init(_ name: String, _ kind: FieldKind, allowed: [String]? = nil) {
        self.name = name
        self.kind = kind
        self.allowed = allowed
    }

    static func enumeration<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) -> FieldSpec
    where E.RawValue == String {
        FieldSpec(name, .enumeration, allowed: type.allCases.map(\.rawValue))
    }

    /// The fields every record has.
    static let common: [FieldSpec] = [
        FieldSpec("id", .id), FieldSpec("createdAt", .timestamp), FieldSpec("updatedAt", .timestamp),
        FieldSpec("version", .int), FieldSpec("archived", .bool),
    ]
}

extension FieldValue {
    init(_ text: String?) { self = text.map { .string($0) } ?? .null }
    init(_ id: RecordID?) { self = id.map { .string($0.description) } ?? .null }
    init(_ time: Timestamp?) { self = time.map { .timestamp($0) } ?? .null }
    init(_ day: Day?) { self = day.map { .day($0) } ?? .null }
    init(_ number: Int?) { self = number.map { .int(Int64($0)) } ?? .null }
    init<E: RawRepresentable>(enumValue: E?) where E.RawValue == String {
        self = enumValue.map { .string($0.rawValue) } ?? .null
    }
}
