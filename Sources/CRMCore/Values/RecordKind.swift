/// The kinds of record the CRM holds. The raw value is the wire name used in errors (`notFound.type`);
/// `prefix` is what record ids start with.
public enum RecordKind: String, CaseIterable, Hashable, Sendable, Comparable {
    case user
    case lead
    case account
    case contact
    case opportunity
    case license = "licenseRequest"
    case note
    case quota

    /// The id prefix: `user_1`, `lead_42`, `acct_7`, `cont_9`, `opp_3`, `lic_2`, `note_5`, `quota_1`.
    public var prefix: String { prefixText.description }

    /// Finds the kind an id prefix names.
    public init?(prefix: String) {
        guard let kind = RecordKind.allCases.first(where: { $0.prefix == prefix }) else { return nil }
        self = kind
    }

    public static func < (lhs: RecordKind, rhs: RecordKind) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// The declaration order, 0 to 7.
    var ordinal: Int {
        switch self {
        case .user: 0
        case .lead: 1
        case .account: 2
        case .contact: 3
        case .opportunity: 4
        case .license: 5
        case .note: 6
        case .quota: 7
        }
    }

    /// The kinds in `ordinal` order (the declaration order).
    static let byOrdinal: [RecordKind] = allCases

    // Hash the case, not the raw value: the default for a String-backed enum hashes its raw string,
    // and every record-id dictionary lookup (hundreds of thousands at start-up) paid for that.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ordinal)
    }
}
