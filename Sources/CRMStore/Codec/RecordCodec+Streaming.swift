import CRMCore
import JSON

/// Change sets written straight into a `JSONWriter`, for the journal and snapshots.
///
/// The same bytes as `encode(_:)`'s value written out (members in the same order, the same string
/// escaping and number text), without building the `JSONValue` tree first: that tree was most of
/// the cost of appending a write to the journal. Leads, the bulk of writes, are written member by
/// member; other records still go through their tree (`RecordCodecTests` checks both agree).
extension RecordCodec {
    public static func write(_ changeSet: ChangeSet, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("seq")
        writer.writeDigits(Int64(changeSet.seq))
        writer.key("at")
        writer.write(changeSet.at.rfc3339)
        writer.key("user")
        writer.write(changeSet.actorId.description)
        writer.key("method")
        writer.write(changeSet.operation)
        writer.key("changes")
        writer.beginArray()
        for change in changeSet.changes {
            writer.nextElement()
            writer.beginObject()
            switch change {
            case .upsert(.lead(let lead)):
                writer.key("record")
                write(lead, to: &writer)
            case .upsert(let record):
                writer.key("record")
                writer.write(.object(encode(record)))
            case .settings(let settings):
                writer.key("settings")
                writer.write(.object(encode(settings)))
            }
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    /// The compact bytes of a change set (what `encode(changeSet).bytes` returns).
    public static func bytes(_ changeSet: ChangeSet) -> [UInt8] {
        var writer = JSONWriter(capacity: 512)
        write(changeSet, to: &writer)
        return writer.bytes
    }

    /// `encode(_ lead:)`, member for member.
    static func write(_ lead: Lead, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id")
        writer.write(lead.id.description)
        for (key, value) in [("name", lead.name), ("company", lead.company), ("title", lead.title), ("email", lead.email),
                             ("phone", lead.phone), ("country", lead.country), ("industry", lead.industry)] as [(StaticString, String?)] {
            writer.key(key)
            writeOptional(value, to: &writer)
        }
        writer.key("source")
        writeOptional(lead.source?.rawValue, to: &writer)
        writer.key("status")
        writer.write(lead.status.rawValue)
        writer.key("disqualifiedReason")
        writeOptional(lead.disqualifiedReason, to: &writer)
        writer.key("notes")
        writeOptional(lead.notes, to: &writer)
        writer.key("ownerId")
        writer.write(lead.ownerId.description)
        writer.key("convertedAt")
        writeOptional(lead.convertedAt?.rfc3339, to: &writer)
        writer.key("converted")
        if let links = lead.converted {
            writer.beginObject()
            writer.key("accountId")
            writer.write(links.accountId.description)
            writer.key("contactId")
            writer.write(links.contactId.description)
            writer.key("opportunityId")
            writeOptional(links.opportunityId?.description, to: &writer)
            writer.endObject()
        } else {
            writer.raw("null")
        }
        writer.key("createdAt")
        writer.write(lead.createdAt.rfc3339)
        writer.key("updatedAt")
        writer.write(lead.updatedAt.rfc3339)
        writer.key("version")
        writer.writeDigits(Int64(lead.version))
        writer.key("archived")
        writer.write(lead.archived)
        writer.endObject()
    }

    private static func writeOptional(_ text: String?, to writer: inout JSONWriter) {
        if let text { writer.write(text) } else { writer.raw("null") }
    }
}
