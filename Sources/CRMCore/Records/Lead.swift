/// A prospective customer not yet qualified. Becomes an account + contact (+ opportunity) by conversion.
public struct Lead: CRMRecord {
    public static let kind = RecordKind.lead
    public let id: RecordID
    public var name: String
    public var company: String?
    public var title: String?
    public var email: String?
    public var phone: String?
    public var country: String?
    public var industry: String?
    public var source: LeadSource?
    public var status: LeadStatus
    /// Required while the lead is disqualified; cleared on re-engagement.
    public var disqualifiedReason: String?
    public var notes: String?
    public var ownerId: RecordID
    public var convertedAt: Timestamp?
    /// What conversion created or reused; set once, with `status == .converted`.
    public var converted: LeadConversionLinks?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var version: Int
    public var archived: Bool

    public var accessOwner: RecordID? { ownerId }
    public static var table: KeyPath<CRMState, RecordTable<Lead>> { \.leads }
    public var erased: AnyRecord { .lead(self) }

    /// Active leads are the Kanban: not disqualified and not converted.
    public var isActive: Bool { status != .disqualified && status != .converted }

    public static let fieldSpecs: [FieldSpec] = FieldSpec.common + [
        FieldSpec("name", .string), FieldSpec("company", .string), FieldSpec("title", .string),
        FieldSpec("email", .string), FieldSpec("phone", .string), FieldSpec("country", .string),
        FieldSpec("industry", .string), .enumeration("source", LeadSource.self),
        .enumeration("status", LeadStatus.self), FieldSpec("disqualifiedReason", .string),
        FieldSpec("notes", .string), FieldSpec("ownerId", .id), FieldSpec("convertedAt", .timestamp),
        FieldSpec("convertedAccountId", .id), FieldSpec("convertedContactId", .id),
        FieldSpec("convertedOpportunityId", .id),
    ]

    public func field(_ name: String) -> FieldValue? {
        switch name {
        case "name": .string(self.name)
        case "company": FieldValue(company)
        case "title": FieldValue(title)
        case "email": FieldValue(email)
        case "phone": FieldValue(phone)
        case "country": FieldValue(country)
        case "industry": FieldValue(industry)
        case "source": FieldValue(enumValue: source)
        case "status": .string(status.rawValue)
        case "disqualifiedReason": FieldValue(disqualifiedReason)
        case "notes": FieldValue(notes)
        case "ownerId": FieldValue(ownerId)
        case "convertedAt": FieldValue(convertedAt)
        case "convertedAccountId": FieldValue(converted?.accountId)
        case "convertedContactId": FieldValue(converted?.contactId)
        case "convertedOpportunityId": FieldValue(converted?.opportunityId)
        default: commonField(name)
        }
    }
}

// The public initializer lives in an extension so the struct keeps its memberwise one, which it
// calls: written as assignments to `self`, it built the lead on the stack, copied it out and
// destroyed the original (an outlined copy and destroy of every text member per `lead.create`).
extension Lead {
    public init(id: RecordID, name: String, company: String? = nil, title: String? = nil,
                email: String? = nil, phone: String? = nil, country: String? = nil, industry: String? = nil,
                source: LeadSource? = nil, status: LeadStatus = .new, disqualifiedReason: String? = nil,
                notes: String? = nil, ownerId: RecordID, convertedAt: Timestamp? = nil,
                converted: LeadConversionLinks? = nil, createdAt: Timestamp, updatedAt: Timestamp? = nil,
                version: Int = 1, archived: Bool = false) {
        self.init(id: id, name: name, company: company, title: title, email: email, phone: phone, country: country,
                  industry: industry, source: source, status: status, disqualifiedReason: disqualifiedReason,
                  notes: notes, ownerId: ownerId, convertedAt: convertedAt, converted: converted,
                  createdAt: createdAt, updatedAt: updatedAt ?? createdAt, version: version, archived: archived)
    }
}

/// The records a lead was converted into.
public struct LeadConversionLinks: Hashable, Sendable {
    public var accountId: RecordID
    public var contactId: RecordID
    public var opportunityId: RecordID?

    public init(accountId: RecordID, contactId: RecordID, opportunityId: RecordID?) {
        self.accountId = accountId
        self.contactId = contactId
        self.opportunityId = opportunityId
    }
}
