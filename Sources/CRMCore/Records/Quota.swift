/// A sales target for one user, or for a manager's team, over a quarter or a month.
public struct Quota: CRMRecord {
    public static let kind = RecordKind.quota
    public let id: RecordID
    /// Set for a personal quota (exactly one of `userId` and `managerId` is set).
    public var userId: RecordID?
    /// Set for a team quota: the team of this manager.
    public var managerId: RecordID?
    public var period: QuotaPeriod
    public var amount: Money
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var version: Int
    public var archived: Bool

    public init(id: RecordID, userId: RecordID?, managerId: RecordID?, period: QuotaPeriod, amount: Money,
                createdAt: Timestamp, updatedAt: Timestamp? = nil, version: Int = 1, archived: Bool = false) {
        self.id = id
        self.userId = userId
        self.managerId = managerId
        self.period = period
        self.amount = amount
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.version = version
        self.archived = archived
    }

    /// The user (or team manager) the quota belongs to.
    public var subjectId: RecordID? { userId ?? managerId }
    public var accessOwner: RecordID? { nil }
    public static var table: KeyPath<CRMState, RecordTable<Quota>> { \.quotas }
    public var erased: AnyRecord { .quota(self) }

    public static let fieldSpecs: [FieldSpec] = FieldSpec.common + [
        FieldSpec("userId", .id), FieldSpec("managerId", .id), FieldSpec("period", .string),
        FieldSpec("amount", .money), FieldSpec("currency", .string),
    ]

    public func field(_ name: String) -> FieldValue? {
        switch name {
        case "userId": FieldValue(userId)
        case "managerId": FieldValue(managerId)
        case "period": .string(period.description)
        case "amount": .money(amount)
        case "currency": .string(amount.currency.code)
        default: commonField(name)
        }
    }
}

/// A quota period: a fiscal quarter (`2026-Q4`) or a calendar month (`2026-11`).
public enum QuotaPeriod: Hashable, Sendable, CustomStringConvertible {
    case quarter(FiscalQuarter)
    case month(year: Int, month: Int)

    /// Parses `2026-Q4` or `2026-11`.
    public init?(_ text: String) {
        if let quarter = FiscalQuarter(text) {
            self = .quarter(quarter)
            return
        }
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == 0x2D, let year = ASCIIDigits.number(bytes, 0, 4), year >= 1,
              let month = ASCIIDigits.number(bytes, 5, 2), (1...12).contains(month) else { return nil }
        self = .month(year: year, month: month)
    }

    public var description: String {
        switch self {
        case .quarter(let quarter): return quarter.description
        case .month(let year, let month):
            var text = ""
            ASCIIDigits.append(year, width: 4, to: &text)
            text.append("-")
            ASCIIDigits.append(month, width: 2, to: &text)
            return text
        }
    }
}
