/// The License Stub: a request sent to CLO Admin when a deal is first won. Follows its opportunity's
/// visibility.
public struct LicenseRequest: CRMRecord {
    public static let kind = RecordKind.license
    public let id: RecordID
    public var opportunityId: RecordID
    public var accountId: RecordID
    public var plan: String?
    public var seats: Int?
    public var status: LicenseStatus
    public var requestedAt: Timestamp
    /// The deal owner at request time, so lists can be scoped without a join.
    public var ownerId: RecordID
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var version: Int
    public var archived: Bool

    public init(id: RecordID, opportunityId: RecordID, accountId: RecordID, plan: String?, seats: Int?,
                status: LicenseStatus = .requested, requestedAt: Timestamp, ownerId: RecordID,
                createdAt: Timestamp? = nil, updatedAt: Timestamp? = nil, version: Int = 1, archived: Bool = false) {
        self.id = id
        self.opportunityId = opportunityId
        self.accountId = accountId
        self.plan = plan
        self.seats = seats
        self.status = status
        self.requestedAt = requestedAt
        self.ownerId = ownerId
        self.createdAt = createdAt ?? requestedAt
        self.updatedAt = updatedAt ?? requestedAt
        self.version = version
        self.archived = archived
    }

    public var accessOwner: RecordID? { nil }
    public static var table: KeyPath<CRMState, RecordTable<LicenseRequest>> { \.licenses }
    public var erased: AnyRecord { .license(self) }

    public static let fieldSpecs: [FieldSpec] = FieldSpec.common + [
        FieldSpec("opportunityId", .id), FieldSpec("accountId", .id), FieldSpec("plan", .string),
        FieldSpec("seats", .int), .enumeration("status", LicenseStatus.self), FieldSpec("requestedAt", .timestamp),
        FieldSpec("ownerId", .id),
    ]

    public func field(_ name: String) -> FieldValue? {
        switch name {
        case "opportunityId": FieldValue(opportunityId)
        case "accountId": FieldValue(accountId)
        case "plan": FieldValue(plan)
        case "seats": FieldValue(seats)
        case "status": .string(status.rawValue)
        case "requestedAt": .timestamp(requestedAt)
        case "ownerId": FieldValue(ownerId)
        default: commonField(name)
        }
    }
}
