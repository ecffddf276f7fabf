import CRMCore
import JSON

/// A lead's stored JSON object through the cursor: the journal's lines and the wire's answers
/// (where a lead's JSON is the same) share it.
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
        put(#","createdAt":"#)
        putQuoted(lead.createdAt, &times)
        put(#","updatedAt":"#)
        putQuoted(lead.updatedAt, &times)
        put(#","version":"#)
        putDigits(lead.version)
        put(lead.archived ? #","archived":true}"# : #","archived":false}"#)
        return true
    }
}

extension RecordCodec {
    /// Room asked for a lead object: its fixed pieces take under 900 bytes.
    private static var leadSlack: Int { 1024 }

    /// Writes `lead` as its stored JSON object, the bytes `write(_:to:)` gives (and the API's), in
    /// one stretch through a `StoredTextCursor`; false, having written nothing, when the writer
    /// indents or a text needs escaping or is very long: write it the general way then.
    public static func writePlain(_ lead: Lead, to writer: inout JSONWriter, times: inout RFC3339TextCache) -> Bool {
        guard writer.indent == nil else { return false }
        var cursor = StoredTextCursor(writer.appendRoom(atLeast: 4 * leadSlack), slack: leadSlack)
        let start = cursor.position
        guard cursor.putLead(lead, &times) else { return false }
        writer.didAppend(cursor.position - start)
        return true
    }
}
