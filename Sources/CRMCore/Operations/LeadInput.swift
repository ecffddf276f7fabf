/// The fields of a new lead. Status defaults to `new`; `converted` cannot be created.
public struct LeadDraft: Hashable, Sendable {
    public var name: String
    public var company: String?
    public var title: String?
    public var email: String?
    public var phone: String?
    public var country: String?
    public var industry: String?
    public var source: LeadSource?
    public var status: LeadStatus?
    public var disqualifiedReason: String?
    public var notes: String?
    /// Defaults to the acting user; a bd may only name themselves.
    public var ownerId: RecordID?

    public init(name: String, company: String? = nil, title: String? = nil, email: String? = nil,
                phone: String? = nil, country: String? = nil, industry: String? = nil, source: LeadSource? = nil,
                status: LeadStatus? = nil, disqualifiedReason: String? = nil, notes: String? = nil,
                ownerId: RecordID? = nil) {
        self.name = name
        self.company = company
        self.title = title
        self.email = email
        self.phone = phone
        self.country = country
        self.industry = industry
        self.source = source
        self.status = status
        self.disqualifiedReason = disqualifiedReason
        self.notes = notes
        self.ownerId = ownerId
    }
}

/// A partial lead update: nil leaves a field alone; `.some(nil)` clears an optional field.
/// A `status` here follows the same rules as `lead.setStatus`.
public struct LeadPatch: Hashable, Sendable {
    public var name: String?
    public var company: String??
    public var title: String??
    public var email: String??
    public var phone: String??
    public var country: String??
    public var industry: String??
    public var source: LeadSource??
    public var status: LeadStatus?
    public var disqualifiedReason: String??
    public var notes: String??
    public var ownerId: RecordID?
    public var ifVersion: Int?

    public init(name: String? = nil, company: String?? = nil, title: String?? = nil, email: String?? = nil,
                phone: String?? = nil, country: String?? = nil, industry: String?? = nil,
                source: LeadSource?? = nil, status: LeadStatus? = nil, disqualifiedReason: String?? = nil,
                notes: String?? = nil, ownerId: RecordID? = nil, ifVersion: Int? = nil) {
        self.name = name
        self.company = company
        self.title = title
        self.email = email
        self.phone = phone
        self.country = country
        self.industry = industry
        self.source = source
        self.status = status
        self.disqualifiedReason = disqualifiedReason
        self.notes = notes
        self.ownerId = ownerId
        self.ifVersion = ifVersion
    }
}
