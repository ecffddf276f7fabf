import CRMCore
import JSON

/// The stored JSON objects of the records most writes make (leads, accounts, contacts) through the
/// cursor: the journal's lines and the wire's answers, where their JSON is the same, share them.
extension StoredTextCursor {
    /// `RecordCodec.write(_ lead:to:)`, member for member; false when a text piece is refused.
    mutating func putLead(_ lead: Lead, _ times: inout RFC3339TextCache) -> Bool {
        put(#"{"id":"#)
        putQuoted(lead.id)
        put(#","name":"#)
        guard putQuoted(lead.name) else { return false }
        put(#","company":"#)
        guard putQuoted(lead.company) else { return false }
        put(#","title":"#)
        guard putQuoted(lead.title) else { return false }
        put(#","email":"#)
        guard putQuoted(lead.email) else { return false }
        put(#","phone":"#)
        guard putQuoted(lead.phone) else { return false }
        put(#","country":"#)
        guard putQuoted(lead.country) else { return false }
        put(#","industry":"#)
        guard putQuoted(lead.industry) else { return false }
        put(#","source":"#)
        guard putQuoted(lead.source?.rawValue) else { return false }
        put(#","status":"#)
        guard putQuoted(lead.status.rawValue) else { return false }
        put(#","disqualifiedReason":"#)
        guard putQuoted(lead.disqualifiedReason) else { return false }
        put(#","notes":"#)
        guard putQuoted(lead.notes) else { return false }
        put(#","ownerId":"#)
        putQuoted(lead.ownerId)
        put(#","convertedAt":"#)
        putQuoted(lead.convertedAt, &times)
        put(#","converted":"#)
        if let links = lead.converted {
            put(#"{"accountId":"#)
            putQuoted(links.accountId)
            put(#","contactId":"#)
            putQuoted(links.contactId)
            put(#","opportunityId":"#)
            putQuoted(links.opportunityId)
            put(UInt8(ascii: "}"))
        } else {
            put("null")
        }
        putTail(lead, &times)
        return true
    }

    /// `RecordCodec.encode(_ account:)`, member for member; false when a text piece is refused.
    mutating func putAccount(_ account: Account, _ times: inout RFC3339TextCache) -> Bool {
        put(#"{"id":"#)
        putQuoted(account.id)
        put(#","name":"#)
        guard putQuoted(account.name) else { return false }
        put(#","domain":"#)
        guard putQuoted(account.domain) else { return false }
        put(#","website":"#)
        guard putQuoted(account.website) else { return false }
        put(#","industry":"#)
        guard putQuoted(account.industry) else { return false }
        put(#","country":"#)
        guard putQuoted(account.country) else { return false }
        put(#","ownerId":"#)
        putQuoted(account.ownerId)
        put(#","dniUserId":"#)
        putQuoted(account.dniUserId)
        put(#","health":"#)
        guard putQuoted(account.health?.rawValue) else { return false }
        put(#","plan":"#)
        guard putQuoted(account.plan) else { return false }
        put(#","seats":"#)
        putDigits(account.seats)
        put(#","seatsUsed":"#)
        putDigits(account.seatsUsed)
        put(#","mau":"#)
        putDigits(account.mau)
        put(#","painPoints":"#)
        guard putQuoted(account.painPoints) else { return false }
        put(#","parentAccountId":"#)
        putQuoted(account.parentAccountId)
        putTail(account, &times)
        return true
    }

    /// `RecordCodec.encode(_ contact:)`, member for member; false when a text piece is refused.
    mutating func putContact(_ contact: Contact, _ times: inout RFC3339TextCache) -> Bool {
        put(#"{"id":"#)
        putQuoted(contact.id)
        put(#","accountId":"#)
        putQuoted(contact.accountId)
        put(#","name":"#)
        guard putQuoted(contact.name) else { return false }
        put(#","title":"#)
        guard putQuoted(contact.title) else { return false }
        put(#","email":"#)
        guard putQuoted(contact.email) else { return false }
        put(#","phone":"#)
        guard putQuoted(contact.phone) else { return false }
        put(#","role":"#)
        guard putQuoted(contact.role.rawValue) else { return false }
        put(#","ownerId":"#)
        putQuoted(contact.ownerId)
        putTail(contact, &times)
        return true
    }

    /// The members every record ends with, and its closing brace.
    private mutating func putTail(_ record: some CRMRecord, _ times: inout RFC3339TextCache) {
        put(#","createdAt":"#)
        putQuoted(record.createdAt, &times)
        put(#","updatedAt":"#)
        putQuoted(record.updatedAt, &times)
        put(#","version":"#)
        putDigits(record.version)
        put(record.archived ? #","archived":true}"# : #","archived":false}"#)
    }

    /// An optional count: its digits, or `null`.
    private mutating func putDigits(_ value: Int?) {
        if let value { putDigits(value) } else { put("null") }
    }
}

extension RecordCodec {
    /// Room asked for a record object: the fixed pieces of the largest (a lead) take under 900 bytes.
    private static var recordSlack: Int { 1024 }

    /// Writes `lead` as its stored JSON object, the bytes `write(_:to:)` gives (and the API's), in
    /// one stretch through a `StoredTextCursor`; false, having written nothing, when the writer
    /// indents or a text needs escaping or is very long: write it the general way then.
    public static func writePlain(_ lead: Lead, to writer: inout JSONWriter, times: inout RFC3339TextCache) -> Bool {
        writePlain(to: &writer) { $0.putLead(lead, &times) }
    }

    /// `writePlain` for an account (the bytes of `encode(_ account:)`).
    public static func writePlain(_ account: Account, to writer: inout JSONWriter, times: inout RFC3339TextCache) -> Bool {
        writePlain(to: &writer) { $0.putAccount(account, &times) }
    }

    /// `writePlain` for a contact (the bytes of `encode(_ contact:)`).
    public static func writePlain(_ contact: Contact, to writer: inout JSONWriter, times: inout RFC3339TextCache) -> Bool {
        writePlain(to: &writer) { $0.putContact(contact, &times) }
    }

    private static func writePlain(to writer: inout JSONWriter, _ put: (inout StoredTextCursor) -> Bool) -> Bool {
        guard writer.indent == nil else { return false }
        var cursor = StoredTextCursor(writer.appendRoom(atLeast: 4 * recordSlack), slack: recordSlack)
        let start = cursor.position
        guard put(&cursor) else { return false }
        writer.didAppend(cursor.position - start)
        return true
    }
}
