/// `lead.convert {leadId, accountId? | account{...}?, createNewAccount?, contact{role}?, opportunity{...} | null, dryRun?}`.
public struct LeadConversionRequest: Hashable, Sendable {
    public var leadId: RecordID
    /// Attach to this existing account (its empty fields are filled from the lead and `account`).
    public var accountId: RecordID?
    /// Fields for the new account (or to fill an existing one); defaults come from the lead.
    public var account: AccountDraft?
    /// Create a new account even though duplicate candidates exist.
    public var createNewAccount: Bool
    public var contactRole: ContactRole?
    /// The deal to open; nil converts without one.
    public var opportunity: ConversionOpportunity?
    /// Preview only: candidates, matched contacts and what would be created; nothing changes.
    public var dryRun: Bool
    public var ifVersion: Int?

    public init(leadId: RecordID, accountId: RecordID? = nil, account: AccountDraft? = nil,
                createNewAccount: Bool = false, contactRole: ContactRole? = nil,
                opportunity: ConversionOpportunity? = nil, dryRun: Bool = false, ifVersion: Int? = nil) {
        self.leadId = leadId
        self.accountId = accountId
        self.account = account
        self.createNewAccount = createNewAccount
        self.contactRole = contactRole
        self.opportunity = opportunity
        self.dryRun = dryRun
        self.ifVersion = ifVersion
    }
}

/// The deal a conversion opens: an `OpportunityDraft` without the links conversion fills in.
public struct ConversionOpportunity: Hashable, Sendable {
    /// Defaults to "<account name> – <lead name>".
    public var name: String?
    public var stage: OpportunityStage?
    public var acv: String?
    public var currency: String?
    public var termYears: Int?
    public var oneTimeFees: String?
    public var closeDate: Day?
    public var type: OpportunityType?
    public var probability: Int?

    public init(name: String? = nil, stage: OpportunityStage? = nil, acv: String? = nil, currency: String? = nil,
                termYears: Int? = nil, oneTimeFees: String? = nil, closeDate: Day? = nil, type: OpportunityType? = nil,
                probability: Int? = nil) {
        self.name = name
        self.stage = stage
        self.acv = acv
        self.currency = currency
        self.termYears = termYears
        self.oneTimeFees = oneTimeFees
        self.closeDate = closeDate
        self.type = type
        self.probability = probability
    }
}

/// What a conversion did — or, for a dry run, would do.
public struct LeadConversion: Hashable, Sendable {
    public var dryRun: Bool
    /// Visible accounts that look like the lead's company.
    public var candidates: [DuplicateCandidate]
    /// Visible contacts with the lead's e-mail, on any account.
    public var matchedContacts: [Contact]
    public var lead: Lead
    public var account: Account
    public var accountCreated: Bool
    /// Fields of an existing account that were empty and got filled.
    public var filledAccountFields: [String]
    public var contact: Contact
    public var contactCreated: Bool
    public var opportunity: Opportunity?
    public var licenseRequest: LicenseRequest?
}
