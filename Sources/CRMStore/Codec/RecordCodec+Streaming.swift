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
        writer.key("seq" as StaticString)
        writer.writeDigits(Int64(changeSet.seq))
        writer.key("at" as StaticString)
        writer.writeStored(changeSet.at)
        writer.key("user" as StaticString)
        writer.writeStored(changeSet.actorId)
        writer.key("method" as StaticString)
        writer.write(changeSet.operation)
        writer.key("changes" as StaticString)
        writer.beginArray()
        for change in changeSet.changes {
            writer.nextElement()
            writer.beginObject()
            switch change {
            case .upsert(.lead(let lead)):
                writer.key("record" as StaticString)
                write(lead, to: &writer)
            case .upsert(let record):
                writer.key("record" as StaticString)
                writer.write(.object(encode(record)))
            case .settings(let settings):
                writer.key("settings" as StaticString)
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
        writer.key("id" as StaticString)
        writer.writeStored(lead.id)
        writer.key("name" as StaticString)
        writer.write(lead.name)
        writer.key("company" as StaticString)
        writer.writeStored(lead.company)
        writer.key("title" as StaticString)
        writer.writeStored(lead.title)
        writer.key("email" as StaticString)
        writer.writeStored(lead.email)
        writer.key("phone" as StaticString)
        writer.writeStored(lead.phone)
        writer.key("country" as StaticString)
        writer.writeStored(lead.country)
        writer.key("industry" as StaticString)
        writer.writeStored(lead.industry)
        writer.key("source" as StaticString)
        writer.writeStored(lead.source?.rawValue)
        writer.key("status" as StaticString)
        writer.write(lead.status.rawValue)
        writer.key("disqualifiedReason" as StaticString)
        writer.writeStored(lead.disqualifiedReason)
        writer.key("notes" as StaticString)
        writer.writeStored(lead.notes)
        writer.key("ownerId" as StaticString)
        writer.writeStored(lead.ownerId)
        writer.key("convertedAt" as StaticString)
        writer.writeStored(lead.convertedAt)
        writer.key("converted" as StaticString)
        if let links = lead.converted {
            writer.beginObject()
            writer.key("accountId" as StaticString)
            writer.writeStored(links.accountId)
            writer.key("contactId" as StaticString)
            writer.writeStored(links.contactId)
            writer.key("opportunityId" as StaticString)
            writer.writeStored(links.opportunityId)
            writer.endObject()
        } else {
            writer.raw("null")
        }
        writer.key("createdAt" as StaticString)
        writer.writeStored(lead.createdAt)
        writer.key("updatedAt" as StaticString)
        writer.writeStored(lead.updatedAt)
        writer.key("version" as StaticString)
        writer.writeDigits(Int64(lead.version))
        writer.key("archived" as StaticString)
        writer.write(lead.archived)
        writer.endObject()
    }
}
