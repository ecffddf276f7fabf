/// A sales deal ("Deal" in the UI): the unit of pipeline, forecast and licence issuance.
public struct Opportunity: CRMRecord {
    public static let kind = RecordKind.opportunity
    public let id: RecordID
    public var name: String
    public var accountId: RecordID
    public var primaryContactId: RecordID?
    public var stage: OpportunityStage
    /// Annual contract value; its currency is the deal's currency.
    public var acv: Money
    public var termYears: Int
    /// Same currency as `acv`.
    public var oneTimeFees: Money
    /// acv × termYears + oneTimeFees, kept in step on every write (overflow is refused at validation).
    public private(set) var tcv: Money
    public var closeDate: Day?
    public var type: OpportunityType
    public var ownerId: RecordID
    /// Required to enter `lost`.
    public var lostReason: String?
    /// The open stage a lost deal died in.
    public var lastOpenStage: OpportunityStage?
    public var probability: Int
    /// True when `probability` was set by hand rather than by the stage default.
    public var probabilityOverridden: Bool
    /// Every stage the deal entered, oldest first; the source of truth for `asOf` in the past.
    public var stageHistory: [StageChange]
    public var wonAt: Timestamp?
    public var lostAt: Timestamp?
    public var leadId: RecordID?
    /// When the lead was created, so that the sales cycle starts at the lead.
    public var leadCreatedAt: Timestamp?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var version: Int
    public var archived: Bool

    public init(id: RecordID, name: String, accountId: RecordID, primaryContactId: RecordID? = nil,
                stage: OpportunityStage, acv: Money, termYears: Int = 1, oneTimeFees: Money? = nil,
                closeDate: Day? = nil, type: OpportunityType = .new, ownerId: RecordID, lostReason: String? = nil,
                lastOpenStage: OpportunityStage? = nil, probability: Int? = nil, stageHistory: [StageChange],
                wonAt: Timestamp? = nil, lostAt: Timestamp? = nil, leadId: RecordID? = nil,
                leadCreatedAt: Timestamp? = nil, createdAt: Timestamp, updatedAt: Timestamp? = nil,
                version: Int = 1, archived: Bool = false) {
        self.id = id
        self.name = name
        self.accountId = accountId
        self.primaryContactId = primaryContactId
        self.stage = stage
        self.acv = acv
        self.termYears = termYears
        self.oneTimeFees = oneTimeFees ?? .zero(acv.currency)
        self.tcv = acv
        self.closeDate = closeDate
        self.type = type
        self.ownerId = ownerId
        self.lostReason = lostReason
        self.lastOpenStage = lastOpenStage
        self.probability = probability ?? stage.defaultProbability
        self.probabilityOverridden = probability != nil
        self.stageHistory = stageHistory
        self.wonAt = wonAt
        self.lostAt = lostAt
        self.leadId = leadId
        self.leadCreatedAt = leadCreatedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.version = version
        self.archived = archived
        recomputeTCV()
    }

    public var accessOwner: RecordID? { ownerId }
    public static var table: KeyPath<CRMState, RecordTable<Opportunity>> { \.opportunities }
    public var erased: AnyRecord { .opportunity(self) }
    public var currency: CurrencyCode { acv.currency }
    public var forecastCategory: ForecastCategory { stage.forecastCategory }

    /// acv × termYears + oneTimeFees, nil on overflow or mixed currencies.
    static func computeTCV(acv: Money, termYears: Int, oneTimeFees: Money) -> Money? {
        acv.multiplied(by: termYears).flatMap { $0.adding(oneTimeFees) }
    }

    mutating func recomputeTCV() {
        tcv = Opportunity.computeTCV(acv: acv, termYears: termYears, oneTimeFees: oneTimeFees) ?? acv
    }

    public static let fieldSpecs: [FieldSpec] = FieldSpec.common + [
        FieldSpec("name", .string), FieldSpec("accountId", .id), FieldSpec("primaryContactId", .id),
        .enumeration("stage", OpportunityStage.self), FieldSpec("acv", .money), FieldSpec("currency", .string),
        FieldSpec("termYears", .int), FieldSpec("oneTimeFees", .money), FieldSpec("tcv", .money),
        FieldSpec("closeDate", .day), .enumeration("type", OpportunityType.self), FieldSpec("ownerId", .id),
        FieldSpec("lostReason", .string), .enumeration("lastOpenStage", OpportunityStage.self),
        FieldSpec("probability", .int), .enumeration("forecastCategory", ForecastCategory.self),
        FieldSpec("wonAt", .timestamp), FieldSpec("lostAt", .timestamp), FieldSpec("leadId", .id),
        FieldSpec("leadCreatedAt", .timestamp),
    ]

    public func field(_ name: String) -> FieldValue? {
        switch name {
        case "name": .string(self.name)
        case "accountId": FieldValue(accountId)
        case "primaryContactId": FieldValue(primaryContactId)
        case "stage": .string(stage.rawValue)
        case "acv": .money(acv)
        case "currency": .string(currency.code)
        case "termYears": .int(Int64(termYears))
        case "oneTimeFees": .money(oneTimeFees)
        case "tcv": .money(tcv)
        case "closeDate": FieldValue(closeDate)
        case "type": .string(type.rawValue)
        case "ownerId": FieldValue(ownerId)
        case "lostReason": FieldValue(lostReason)
        case "lastOpenStage": FieldValue(enumValue: lastOpenStage)
        case "probability": .int(Int64(probability))
        case "forecastCategory": .string(forecastCategory.rawValue)
        case "wonAt": FieldValue(wonAt)
        case "lostAt": FieldValue(lostAt)
        case "leadId": FieldValue(leadId)
        case "leadCreatedAt": FieldValue(leadCreatedAt)
        default: commonField(name)
        }
    }
}

/// One entry of an opportunity's stage history: which stage, when, by whom.
public struct StageChange: Hashable, Sendable {
    public var stage: OpportunityStage
    public var at: Timestamp
    public var by: RecordID

    public init(stage: OpportunityStage, at: Timestamp, by: RecordID) {
        self.stage = stage
        self.at = at
        self.by = by
    }
}

extension Opportunity {
    /// Won and not archived: what makes the account's next deal an expansion by default.
    var countsAsWin: Bool { stage == .won && !archived }
}
