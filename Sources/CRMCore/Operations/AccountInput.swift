/// The fields of a new account.
public struct AccountDraft: Hashable, Sendable {
    public var name: String
    public var domain: String?
    public var website: String?
    public var industry: String?
    public var country: String?
    public var ownerId: RecordID?
    public var dniUserId: RecordID?
    public var health: AccountHealth?
    public var plan: String?
    public var seats: Int?
    public var seatsUsed: Int?
    public var mau: Int?
    public var painPoints: String?
    public var parentAccountId: RecordID?

    public init(name: String, domain: String? = nil, website: String? = nil, industry: String? = nil,
                country: String? = nil, ownerId: RecordID? = nil, dniUserId: RecordID? = nil,
                health: AccountHealth? = nil, plan: String? = nil, seats: Int? = nil, seatsUsed: Int? = nil,
                mau: Int? = nil, painPoints: String? = nil, parentAccountId: RecordID? = nil) {
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
    }
}

/// A partial account update: nil leaves a field alone; `.some(nil)` clears an optional field.
public struct AccountPatch: Hashable, Sendable {
    public var name: String?
    public var domain: String??
    public var website: String??
    public var industry: String??
    public var country: String??
    public var ownerId: RecordID?
    public var dniUserId: RecordID??
    public var health: AccountHealth??
    public var plan: String??
    public var seats: Int??
    public var seatsUsed: Int??
    public var mau: Int??
    public var painPoints: String??
    public var parentAccountId: RecordID??
    public var ifVersion: Int?

    public init(name: String? = nil, domain: String?? = nil, website: String?? = nil, industry: String?? = nil,
                country: String?? = nil, ownerId: RecordID? = nil, dniUserId: RecordID?? = nil,
                health: AccountHealth?? = nil, plan: String?? = nil, seats: Int?? = nil, seatsUsed: Int?? = nil,
                mau: Int?? = nil, painPoints: String?? = nil, parentAccountId: RecordID?? = nil,
                ifVersion: Int? = nil) {
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
        self.ifVersion = ifVersion
    }
}
