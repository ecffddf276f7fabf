import CRMCore

/// Change sets and records in the order `RecordCodec` writes their members (see the encoders).
///
/// Swift evaluates arguments left to right, so an initializer call whose arguments follow the
/// encoder's member order reads the members in that order; where the order differs (a currency
/// needed before its amounts), members are read into locals first.
extension StoredLayoutReader {
    /// A whole journal line's object: `{"seq","at","user","method","changes":[…]}` and nothing after it.
    mutating func changeSet() throws(NotStoredLayout) -> ChangeSet {
        try beginObject()
        try key("seq")
        let seq = try int()
        try key("at")
        let at = try timestamp()
        try key("user")
        let actor = try id()
        try key("method")
        let method = try string()
        try key("changes")
        try expect(UInt8(ascii: "["))
        var changes: [RecordChange] = []
        if !take(UInt8(ascii: "]")) {
            repeat {
                try beginObject()
                if peekKey("record") {
                    try key("record")
                    changes.append(.upsert(try record()))
                } else {
                    try key("settings")
                    changes.append(.settings(try settings()))
                }
                try endObject()
            } while take(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"))
        }
        try endObject()
        guard atEnd else { throw NotStoredLayout() }
        return ChangeSet(seq: seq, at: at, actorId: actor, operation: method, changes: changes)
    }

    /// Whether the next member is `"name"` (without consuming it).
    private func peekKey(_ name: StaticString) -> Bool {
        var probe = self
        do {
            try probe.key(name)
            return true
        } catch {
            return false
        }
    }

    mutating func record() throws(NotStoredLayout) -> AnyRecord {
        try beginObject()
        try key("id")
        let id = try self.id()
        let record: AnyRecord
        switch id.kind {
        case .user: record = .user(try user(id))
        case .lead: record = .lead(try lead(id))
        case .account: record = .account(try account(id))
        case .contact: record = .contact(try contact(id))
        case .opportunity: record = .opportunity(try opportunity(id))
        case .license: record = .license(try license(id))
        case .quota: record = .quota(try quota(id))
        case .note: record = .note(try note(id))
        }
        try endObject()
        return record
    }

    // MARK: Members after `id`, each record's own, then `createdAt`, `updatedAt`, `version`, `archived`

    private mutating func user(_ id: RecordID) throws(NotStoredLayout) -> User {
        try User(id: id, handle: string("handle"), name: string("name"), email: optionalString("email"),
                 role: enumeration("role", UserRole.self), managerId: optionalID("managerId"),
                 createdAt: timestamp("createdAt"), updatedAt: timestamp("updatedAt"),
                 version: int("version"), archived: bool("archived"))
    }

    private mutating func lead(_ id: RecordID) throws(NotStoredLayout) -> Lead {
        try Lead(id: id, name: string("name"), company: optionalString("company"), title: optionalString("title"),
                 email: optionalString("email"), phone: optionalString("phone"), country: optionalString("country"),
                 industry: optionalString("industry"), source: optionalEnumeration("source", LeadSource.self),
                 status: enumeration("status", LeadStatus.self), disqualifiedReason: optionalString("disqualifiedReason"),
                 notes: optionalString("notes"), ownerId: self.id("ownerId"), convertedAt: optionalTimestamp("convertedAt"),
                 converted: conversionLinks("converted"), createdAt: timestamp("createdAt"),
                 updatedAt: timestamp("updatedAt"), version: int("version"), archived: bool("archived"))
    }

    private mutating func conversionLinks(_ name: StaticString) throws(NotStoredLayout) -> LeadConversionLinks? {
        try key(name)
        if takeNull() { return nil }
        try beginObject()
        let links = try LeadConversionLinks(accountId: self.id("accountId"), contactId: self.id("contactId"),
                                            opportunityId: optionalID("opportunityId"))
        try endObject()
        return links
    }

    private mutating func contact(_ id: RecordID) throws(NotStoredLayout) -> Contact {
        try Contact(id: id, accountId: self.id("accountId"), name: string("name"), title: optionalString("title"),
                    email: optionalString("email"), phone: optionalString("phone"),
                    role: enumeration("role", ContactRole.self), ownerId: self.id("ownerId"),
                    createdAt: timestamp("createdAt"), updatedAt: timestamp("updatedAt"),
                    version: int("version"), archived: bool("archived"))
    }

    private mutating func account(_ id: RecordID) throws(NotStoredLayout) -> Account {
        try Account(id: id, name: string("name"), domain: optionalString("domain"), website: optionalString("website"),
                    industry: optionalString("industry"), country: optionalString("country"), ownerId: self.id("ownerId"),
                    dniUserId: optionalID("dniUserId"), health: optionalEnumeration("health", AccountHealth.self),
                    plan: optionalString("plan"), seats: optionalInt("seats"), seatsUsed: optionalInt("seatsUsed"),
                    mau: optionalInt("mau"), painPoints: optionalString("painPoints"),
                    parentAccountId: optionalID("parentAccountId"), createdAt: timestamp("createdAt"),
                    updatedAt: timestamp("updatedAt"), version: int("version"), archived: bool("archived"))
    }

    private mutating func license(_ id: RecordID) throws(NotStoredLayout) -> LicenseRequest {
        try LicenseRequest(id: id, opportunityId: self.id("opportunityId"), accountId: self.id("accountId"),
                           plan: optionalString("plan"), seats: optionalInt("seats"),
                           status: enumeration("status", LicenseStatus.self), requestedAt: timestamp("requestedAt"),
                           ownerId: self.id("ownerId"), createdAt: timestamp("createdAt"),
                           updatedAt: timestamp("updatedAt"), version: int("version"), archived: bool("archived"))
    }

    private mutating func note(_ id: RecordID) throws(NotStoredLayout) -> Note {
        try Note(id: id, recordId: self.id("recordId"), authorId: self.id("authorId"), at: timestamp("at"),
                 text: string("text"), createdAt: timestamp("createdAt"), updatedAt: timestamp("updatedAt"),
                 version: int("version"), archived: bool("archived"))
    }
}
