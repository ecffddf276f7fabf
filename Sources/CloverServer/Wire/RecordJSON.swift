import CRMCore
import CRMStore
import JSONRPC

/// Records on the wire: camelCase fields as SPEC §3, ids as strings, RFC 3339 timestamps, money as
/// two-decimal numbers, derived fields included. Written straight into the response buffer.
enum RecordJSON {
    /// `times` is the cache the record's times are written through (see `RecordOutput.times`).
    static func write(_ record: AnyRecord, to writer: inout JSONWriter, warnings: [FieldProblem] = [],
                      times: RFC3339TextCache = RFC3339TextCache()) {
        switch record {
        case .user(let user): write(user, to: &writer, warnings: warnings)
        case .lead(let lead): write(lead, to: &writer, warnings: warnings, times: times)
        case .account(let account): write(account, to: &writer, warnings: warnings, times: times)
        case .contact(let contact): write(contact, to: &writer, warnings: warnings, times: times)
        case .opportunity(let opportunity): write(opportunity, to: &writer, warnings: warnings)
        case .license(let license): write(license, to: &writer, warnings: warnings)
        case .quota(let quota): write(quota, to: &writer, warnings: warnings)
        case .note(let note): write(note, to: &writer, warnings: warnings)
        }
    }

    /// A record as a `JSONValue`, for notifications and nested results off the hot path.
    static func value(_ record: AnyRecord) -> JSONValue { RecordOutput(record).jsonValue }

    private static func head(_ id: RecordID, _ writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("id", id)
    }

    private static func tail(_ record: some CRMRecord, _ warnings: [FieldProblem], _ writer: inout JSONWriter) {
        writer.key("createdAt")
        let createdStart = writer.count
        writer.write(record.createdAt)
        let created = createdStart..<writer.count
        writer.key("updatedAt")
        if record.updatedAt == record.createdAt {
            // A record never changed since its creation, as every new one: the text once more.
            writer.appendCopy(of: created)
        } else {
            writer.write(record.updatedAt)
        }
        writer.member("version", record.version)
        writer.member("archived", record.archived)
        if !warnings.isEmpty {
            // Accepted, but worth telling (e.g. seatsUsed above seats); English: warnings are for logs.
            writer.member("warnings", .array(warnings.map { $0.wire(.en) }))
        }
        writer.endObject()
    }

    static func write(_ user: User, to writer: inout JSONWriter, warnings: [FieldProblem] = []) {
        head(user.id, &writer)
        writer.member("handle", user.handle)
        writer.member("name", user.name)
        writer.member("email", user.email)
        writer.member("role", user.role.rawValue)
        writer.member("managerId", user.managerId)
        tail(user, warnings, &writer)
    }

    static func write(_ lead: Lead, to writer: inout JSONWriter, warnings: [FieldProblem] = [],
                      times: RFC3339TextCache = RFC3339TextCache()) {
        // A lead's answer is its stored form, which the store writes in one stretch (a fifth of
        // answering a lead.create piece by piece); warnings, indentation and text to escape go on
        // here. Accounts and contacts below do the same.
        var times = times
        if warnings.isEmpty, RecordCodec.writePlain(lead, to: &writer, times: &times) { return }
        writeMembers(lead, to: &writer, warnings: warnings)
    }

    /// A lead member by member (the way records other than leads, accounts and contacts are written).
    static func writeMembers(_ lead: Lead, to writer: inout JSONWriter, warnings: [FieldProblem] = []) {
        head(lead.id, &writer)
        writer.member("name", lead.name)
        writer.member("company", lead.company)
        writer.member("title", lead.title)
        writer.member("email", lead.email)
        writer.member("phone", lead.phone)
        writer.member("country", lead.country)
        writer.member("industry", lead.industry)
        writer.member("source", lead.source)
        writer.member("status", lead.status.rawValue)
        writer.member("disqualifiedReason", lead.disqualifiedReason)
        writer.member("notes", lead.notes)
        writer.member("ownerId", lead.ownerId)
        writer.member("convertedAt", lead.convertedAt)
        writer.key("converted")
        if let links = lead.converted {
            writer.beginObject()
            writer.member("accountId", links.accountId)
            writer.member("contactId", links.contactId)
            writer.member("opportunityId", links.opportunityId)
            writer.endObject()
        } else {
            writer.raw("null")
        }
        tail(lead, warnings, &writer)
    }

    static func write(_ account: Account, to writer: inout JSONWriter, warnings: [FieldProblem] = [],
                      times: RFC3339TextCache = RFC3339TextCache()) {
        var times = times
        if warnings.isEmpty, RecordCodec.writePlain(account, to: &writer, times: &times) { return }
        writeMembers(account, to: &writer, warnings: warnings)
    }

    static func writeMembers(_ account: Account, to writer: inout JSONWriter, warnings: [FieldProblem] = []) {
        head(account.id, &writer)
        writer.member("name", account.name)
        writer.member("domain", account.domain)
        writer.member("website", account.website)
        writer.member("industry", account.industry)
        writer.member("country", account.country)
        writer.member("ownerId", account.ownerId)
        writer.member("dniUserId", account.dniUserId)
        writer.member("health", account.health)
        writer.member("plan", account.plan)
        writer.member("seats", account.seats)
        writer.member("seatsUsed", account.seatsUsed)
        writer.member("mau", account.mau)
        writer.member("painPoints", account.painPoints)
        writer.member("parentAccountId", account.parentAccountId)
        tail(account, warnings, &writer)
    }

    static func write(_ contact: Contact, to writer: inout JSONWriter, warnings: [FieldProblem] = [],
                      times: RFC3339TextCache = RFC3339TextCache()) {
        var times = times
        if warnings.isEmpty, RecordCodec.writePlain(contact, to: &writer, times: &times) { return }
        writeMembers(contact, to: &writer, warnings: warnings)
    }

    static func writeMembers(_ contact: Contact, to writer: inout JSONWriter, warnings: [FieldProblem] = []) {
        head(contact.id, &writer)
        writer.member("accountId", contact.accountId)
        writer.member("name", contact.name)
        writer.member("title", contact.title)
        writer.member("email", contact.email)
        writer.member("phone", contact.phone)
        writer.member("role", contact.role.rawValue)
        writer.member("ownerId", contact.ownerId)
        tail(contact, warnings, &writer)
    }

    static func write(_ deal: Opportunity, to writer: inout JSONWriter, warnings: [FieldProblem] = []) {
        head(deal.id, &writer)
        writer.member("name", deal.name)
        writer.member("accountId", deal.accountId)
        writer.member("primaryContactId", deal.primaryContactId)
        writer.member("stage", deal.stage.rawValue)
        writer.member("acv", deal.acv)
        writer.member("currency", deal.currency.code)
        writer.member("termYears", deal.termYears)
        writer.member("oneTimeFees", deal.oneTimeFees)
        writer.member("tcv", deal.tcv)
        writer.member("closeDate", deal.closeDate)
        writer.member("type", deal.type.rawValue)
        writer.member("ownerId", deal.ownerId)
        writer.member("lostReason", deal.lostReason)
        writer.member("lastOpenStage", deal.lastOpenStage)
        writer.member("probability", deal.probability)
        writer.member("forecastCategory", deal.forecastCategory.rawValue)
        writer.key("stageHistory")
        writer.beginArray()
        for change in deal.stageHistory {
            writer.nextElement()
            writer.beginObject()
            writer.member("stage", change.stage.rawValue)
            writer.member("at", change.at)
            writer.member("by", change.by)
            writer.endObject()
        }
        writer.endArray()
        writer.member("wonAt", deal.wonAt)
        writer.member("lostAt", deal.lostAt)
        writer.member("leadId", deal.leadId)
        writer.member("leadCreatedAt", deal.leadCreatedAt)
        tail(deal, warnings, &writer)
    }

    static func write(_ license: LicenseRequest, to writer: inout JSONWriter, warnings: [FieldProblem] = []) {
        head(license.id, &writer)
        writer.member("opportunityId", license.opportunityId)
        writer.member("accountId", license.accountId)
        writer.member("plan", license.plan)
        writer.member("seats", license.seats)
        writer.member("status", license.status.rawValue)
        writer.member("requestedAt", license.requestedAt)
        writer.member("ownerId", license.ownerId)
        tail(license, warnings, &writer)
    }

    static func write(_ quota: Quota, to writer: inout JSONWriter, warnings: [FieldProblem] = []) {
        head(quota.id, &writer)
        writer.member("userId", quota.userId)
        writer.member("managerId", quota.managerId)
        writer.member("period", quota.period.description)
        writer.member("amount", quota.amount)
        writer.member("currency", quota.amount.currency.code)
        tail(quota, warnings, &writer)
    }

    static func write(_ note: Note, to writer: inout JSONWriter, warnings: [FieldProblem] = []) {
        head(note.id, &writer)
        writer.member("recordId", note.recordId)
        writer.member("authorId", note.authorId)
        writer.member("at", note.at)
        writer.member("text", note.text)
        tail(note, warnings, &writer)
    }
}

/// One record as a method result.
struct RecordOutput: JSONWritable {
    let record: AnyRecord
    /// Non-fatal problems of the write that produced it.
    let warnings: [FieldProblem]
    /// A copy of the session's cache of timestamp text, holding the second of the record's last
    /// change: a new record's times are then two copies of cached text, where an empty cache
    /// converted the calendar date for every answer (a quarter of writing a `lead.create` answer).
    let times: RFC3339TextCache

    init(_ record: AnyRecord, warnings: [FieldProblem] = [], times: RFC3339TextCache = RFC3339TextCache()) {
        self.record = record
        self.warnings = warnings
        self.times = times
    }

    init<R: CRMRecord>(_ planned: Planned<R>, committedIn context: inout ServerContext) throws(ResponseError) {
        let record = try context.commit(planned)
        context.answerTimes.remember(record.updatedAt)
        self.init(record.erased, warnings: planned.warnings, times: context.answerTimes)
    }

    func writeJSON(to writer: inout JSONWriter) { RecordJSON.write(record, to: &writer, warnings: warnings, times: times) }
}
