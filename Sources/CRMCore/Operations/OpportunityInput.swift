/// The fields of a new opportunity. Amounts are decimal text as it appeared on the wire (`"1234.50"`),
/// so the core can check them exactly against their currency.
public struct OpportunityDraft: Hashable, Sendable {
    public var name: String
    public var accountId: RecordID
    public var primaryContactId: RecordID?
    /// Defaults to `prospect`.
    public var stage: OpportunityStage?
    /// Defaults to 0.
    public var acv: String?
    /// Defaults to the base currency.
    public var currency: String?
    /// 1...10, default 1.
    public var termYears: Int?
    public var oneTimeFees: String?
    public var closeDate: Day?
    /// Defaults to `expansion` when the account already has a won opportunity, else `new`.
    public var type: OpportunityType?
    public var ownerId: RecordID?
    /// Required when created as `lost`.
    public var lostReason: String?
    /// Overrides the stage default (0...100).
    public var probability: Int?

    public init(name: String, accountId: RecordID, primaryContactId: RecordID? = nil, stage: OpportunityStage? = nil,
                acv: String? = nil, currency: String? = nil, termYears: Int? = nil, oneTimeFees: String? = nil,
                closeDate: Day? = nil, type: OpportunityType? = nil, ownerId: RecordID? = nil,
                lostReason: String? = nil, probability: Int? = nil) {
        self.name = name
        self.accountId = accountId
        self.primaryContactId = primaryContactId
        self.stage = stage
        self.acv = acv
        self.currency = currency
        self.termYears = termYears
        self.oneTimeFees = oneTimeFees
        self.closeDate = closeDate
        self.type = type
        self.ownerId = ownerId
        self.lostReason = lostReason
        self.probability = probability
    }
}

/// A partial opportunity update: nil leaves a field alone; `.some(nil)` clears an optional field.
/// A `stage` here follows the same rules as `opportunity.changeStage`; `probability: .some(nil)`
/// returns to the stage default.
public struct OpportunityPatch: Hashable, Sendable {
    public var name: String?
    public var accountId: RecordID?
    public var primaryContactId: RecordID??
    public var stage: OpportunityStage?
    public var acv: String?
    /// Changing only the currency keeps the amounts' figures in the new currency.
    public var currency: String?
    public var termYears: Int?
    public var oneTimeFees: String?
    public var closeDate: Day??
    public var type: OpportunityType?
    public var ownerId: RecordID?
    public var lostReason: String??
    public var probability: Int??
    public var ifVersion: Int?

    public init(name: String? = nil, accountId: RecordID? = nil, primaryContactId: RecordID?? = nil,
                stage: OpportunityStage? = nil, acv: String? = nil, currency: String? = nil, termYears: Int? = nil,
                oneTimeFees: String? = nil, closeDate: Day?? = nil, type: OpportunityType? = nil,
                ownerId: RecordID? = nil, lostReason: String?? = nil, probability: Int?? = nil, ifVersion: Int? = nil) {
        self.name = name
        self.accountId = accountId
        self.primaryContactId = primaryContactId
        self.stage = stage
        self.acv = acv
        self.currency = currency
        self.termYears = termYears
        self.oneTimeFees = oneTimeFees
        self.closeDate = closeDate
        self.type = type
        self.ownerId = ownerId
        self.lostReason = lostReason
        self.probability = probability
        self.ifVersion = ifVersion
    }
}
