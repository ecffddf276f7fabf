import CRMCore
import JSON

/// Users, leads and contacts in their stored (and exported) form: SPEC §3 field names, every
/// field present, null for absent values.
extension RecordCodec {
    static func encode(_ user: User) -> JSONObject {
        var object = common(user.id)
        object.append("handle", .string(user.handle))
        object.append("name", .string(user.name))
        object.append("email", JSONValue(user.email))
        object.append("role", .string(user.role.rawValue))
        object.append("managerId", JSONValue(user.managerId))
        return finish(object, user.createdAt, user.updatedAt, user.version, user.archived)
    }

    static func decodeUser(_ reader: FieldReader) throws(CodecError) -> User {
        try User(id: reader.id("id"), handle: reader.string("handle"), name: reader.string("name"), email: reader.optionalString("email"),
                 role: reader.enumeration("role", UserRole.self), managerId: reader.optionalID("managerId"),
                 createdAt: reader.timestamp("createdAt"), updatedAt: reader.timestamp("updatedAt"),
                 version: reader.int("version"), archived: reader.bool("archived"))
    }

    static func encode(_ lead: Lead) -> JSONObject {
        var object = common(lead.id)
        for (key, value) in [("name", lead.name), ("company", lead.company), ("title", lead.title), ("email", lead.email),
                             ("phone", lead.phone), ("country", lead.country), ("industry", lead.industry)] as [(String, String?)] {
            object.append(key, JSONValue(value))
        }
        object.append("source", JSONValue(enumValue: lead.source))
        object.append("status", .string(lead.status.rawValue))
        object.append("disqualifiedReason", JSONValue(lead.disqualifiedReason))
        object.append("notes", JSONValue(lead.notes))
        object.append("ownerId", JSONValue(lead.ownerId))
        object.append("convertedAt", JSONValue(lead.convertedAt))
        object.append("converted", lead.converted.map { links -> JSONValue in
            ["accountId": JSONValue(links.accountId), "contactId": JSONValue(links.contactId), "opportunityId": JSONValue(links.opportunityId)]
        } ?? .null)
        return finish(object, lead.createdAt, lead.updatedAt, lead.version, lead.archived)
    }

    static func decodeLead(_ reader: FieldReader) throws(CodecError) -> Lead {
        var links: LeadConversionLinks? = nil
        if let converted = try reader.nested("converted") {
            links = try LeadConversionLinks(accountId: converted.id("accountId"), contactId: converted.id("contactId"),
                                            opportunityId: converted.optionalID("opportunityId"))
        }
        return try Lead(id: reader.id("id"), name: reader.string("name"), company: reader.optionalString("company"),
                        title: reader.optionalString("title"), email: reader.optionalString("email"), phone: reader.optionalString("phone"),
                        country: reader.optionalString("country"), industry: reader.optionalString("industry"),
                        source: reader.optionalEnumeration("source", LeadSource.self), status: reader.enumeration("status", LeadStatus.self),
                        disqualifiedReason: reader.optionalString("disqualifiedReason"), notes: reader.optionalString("notes"),
                        ownerId: reader.id("ownerId"), convertedAt: reader.optionalTimestamp("convertedAt"), converted: links,
                        createdAt: reader.timestamp("createdAt"), updatedAt: reader.timestamp("updatedAt"),
                        version: reader.int("version"), archived: reader.bool("archived"))
    }

    static func encode(_ contact: Contact) -> JSONObject {
        var object = common(contact.id)
        object.append("accountId", JSONValue(contact.accountId))
        object.append("name", .string(contact.name))
        object.append("title", JSONValue(contact.title))
        object.append("email", JSONValue(contact.email))
        object.append("phone", JSONValue(contact.phone))
        object.append("role", .string(contact.role.rawValue))
        object.append("ownerId", JSONValue(contact.ownerId))
        return finish(object, contact.createdAt, contact.updatedAt, contact.version, contact.archived)
    }

    static func decodeContact(_ reader: FieldReader) throws(CodecError) -> Contact {
        try Contact(id: reader.id("id"), accountId: reader.id("accountId"), name: reader.string("name"), title: reader.optionalString("title"),
                    email: reader.optionalString("email"), phone: reader.optionalString("phone"), role: reader.enumeration("role", ContactRole.self),
                    ownerId: reader.id("ownerId"), createdAt: reader.timestamp("createdAt"), updatedAt: reader.timestamp("updatedAt"),
                    version: reader.int("version"), archived: reader.bool("archived"))
    }
}
