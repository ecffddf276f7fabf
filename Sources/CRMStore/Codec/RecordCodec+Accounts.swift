import CRMCore
import JSON

/// Accounts and license requests.
extension RecordCodec {
    static func encode(_ account: Account) -> JSONObject {
        var object = common(account.id)
        object.append("name", .string(account.name))
        object.append("domain", JSONValue(account.domain))
        object.append("website", JSONValue(account.website))
        object.append("industry", JSONValue(account.industry))
        object.append("country", JSONValue(account.country))
        object.append("ownerId", JSONValue(account.ownerId))
        object.append("dniUserId", JSONValue(account.dniUserId))
        object.append("health", JSONValue(enumValue: account.health))
        object.append("plan", JSONValue(account.plan))
        object.append("seats", JSONValue(optionalInt: account.seats))
        object.append("seatsUsed", JSONValue(optionalInt: account.seatsUsed))
        object.append("mau", JSONValue(optionalInt: account.mau))
        object.append("painPoints", JSONValue(account.painPoints))
        object.append("parentAccountId", JSONValue(account.parentAccountId))
        return finish(object, account.createdAt, account.updatedAt, account.version, account.archived)
    }

    static func decodeAccount(_ reader: FieldReader) throws(CodecError) -> Account {
        try Account(id: reader.id("id"), name: reader.string("name"), domain: reader.optionalString("domain"), website: reader.optionalString("website"),
                    industry: reader.optionalString("industry"), country: reader.optionalString("country"), ownerId: reader.id("ownerId"),
                    dniUserId: reader.optionalID("dniUserId"), health: reader.optionalEnumeration("health", AccountHealth.self),
                    plan: reader.optionalString("plan"), seats: reader.optionalInt("seats"), seatsUsed: reader.optionalInt("seatsUsed"),
                    mau: reader.optionalInt("mau"), painPoints: reader.optionalString("painPoints"), parentAccountId: reader.optionalID("parentAccountId"),
                    createdAt: reader.timestamp("createdAt"), updatedAt: reader.timestamp("updatedAt"),
                    version: reader.int("version"), archived: reader.bool("archived"))
    }

    static func encode(_ license: LicenseRequest) -> JSONObject {
        var object = common(license.id)
        object.append("opportunityId", JSONValue(license.opportunityId))
        object.append("accountId", JSONValue(license.accountId))
        object.append("plan", JSONValue(license.plan))
        object.append("seats", JSONValue(optionalInt: license.seats))
        object.append("status", .string(license.status.rawValue))
        object.append("requestedAt", JSONValue(license.requestedAt))
        object.append("ownerId", JSONValue(license.ownerId))
        return finish(object, license.createdAt, license.updatedAt, license.version, license.archived)
    }

    static func decodeLicense(_ reader: FieldReader) throws(CodecError) -> LicenseRequest {
        try LicenseRequest(id: reader.id("id"), opportunityId: reader.id("opportunityId"), accountId: reader.id("accountId"),
                           plan: reader.optionalString("plan"), seats: reader.optionalInt("seats"),
                           status: reader.enumeration("status", LicenseStatus.self), requestedAt: reader.timestamp("requestedAt"),
                           ownerId: reader.id("ownerId"), createdAt: reader.timestamp("createdAt"), updatedAt: reader.timestamp("updatedAt"),
                           version: reader.int("version"), archived: reader.bool("archived"))
    }
}
