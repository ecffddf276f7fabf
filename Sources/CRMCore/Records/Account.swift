/// A B2B customer company (e.g. Nike, Hugo Boss), owned by one BD with an optional second reader (DnI).
public struct Account: CRMRecord {
    public static let kind = RecordKind.account
    public let id: RecordID
    public var name: String
    /// Bare host, lower case, without `www.` (normalised on write).
    public var domain: String?
    public var website: String?
    public var industry: String?
    public var country: String?
    public var ownerId: RecordID
    /// The second person on the account header: may read the account, not change it.
    public var dniUserId: RecordID?
    public var health: AccountHealth?
    /// `CLO3D Enterprise | Pro | Standard`, free text allowed.
    public var plan: String?
    public var seats: Int?
    /// May exceed `seats`: that is a warning, not an error.
    public var seatsUsed: Int?
    public var mau: Int?
    /// The output of Discovery.
    public var painPoints: String?
    public var parentAccountId: RecordID?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var version: Int
    public var archived: Bool

    public init(id: RecordID, name: String, domain: String? = nil, website: String? = nil,
                industry: String? = nil, country: String? = nil, ownerId: RecordID, dniUserId: RecordID? = nil,
                health: AccountHealth? = nil, plan: String? = nil, seats: Int? = nil, seatsUsed: Int? = nil,
                mau: Int? = nil, painPoints: String? = nil, parentAccountId: RecordID? = nil,
                createdAt: Timestamp, updatedAt: Timestamp? = nil, version: Int = 1, archived: Bool = false) {
        self.id = id
        self.name = name
        self.domain = domain
        self.website = website
        self.industry = industry
        self.country = country
        self.ownerId = ownerId
        self.dniUserId = dniUserId
        self.health = health
        self.plan = plan
        self.seats = seats
        self.seatsUsed = seatsUsed
        self.mau = mau
        self.painPoints = painPoints
        self.parentAccountId = parentAccountId
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.version = version
        self.archived = archived
    }

    public var accessOwner: RecordID? { ownerId }
    public static var table: KeyPath<CRMState, RecordTable<Account>> { \.accounts }
    public var erased: AnyRecord { .account(self) }

    /// seatsUsed ÷ seats, nil without seats.
    public var seatUtilisation: Double? {
        guard let seats, seats > 0, let seatsUsed else { return nil }
        return Double(seatsUsed) / Double(seats)
    }

    public static let fieldSpecs: [FieldSpec] = FieldSpec.common + [
        FieldSpec("name", .string), FieldSpec("domain", .string), FieldSpec("website", .string),
        FieldSpec("industry", .string), FieldSpec("country", .string), FieldSpec("ownerId", .id),
        FieldSpec("dniUserId", .id), .enumeration("health", AccountHealth.self), FieldSpec("plan", .string),
        FieldSpec("seats", .int), FieldSpec("seatsUsed", .int), FieldSpec("mau", .int),
        FieldSpec("painPoints", .string), FieldSpec("parentAccountId", .id),
    ]

    public func field(_ name: String) -> FieldValue? {
        switch name {
        case "name": .string(self.name)
        case "domain": FieldValue(domain)
        case "website": FieldValue(website)
        case "industry": FieldValue(industry)
        case "country": FieldValue(country)
        case "ownerId": FieldValue(ownerId)
        case "dniUserId": FieldValue(dniUserId)
        case "health": FieldValue(enumValue: health)
        case "plan": FieldValue(plan)
        case "seats": FieldValue(seats)
        case "seatsUsed": FieldValue(seatsUsed)
        case "mau": FieldValue(mau)
        case "painPoints": FieldValue(painPoints)
        case "parentAccountId": FieldValue(parentAccountId)
        default: commonField(name)
        }
    }
}
