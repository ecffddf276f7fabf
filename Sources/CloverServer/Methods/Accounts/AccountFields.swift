import CRMCore
import JSONRPC

/// The writable fields of an account, shared by `account.create`, `account.update` and the
/// `account` object of `lead.convert`.
enum AccountFields {
    static let all: [FieldParam] = [
        FieldParam("name", .string("Company name.", minLength: 1, maxLength: 200), required: true, clearable: false),
        FieldParam("domain", .string("Web domain, e.g. nike.com (duplicate detection uses it).")),
        FieldParam("website", .string()),
        FieldParam("industry", .string()),
        FieldParam("country", .string()),
        FieldParam("ownerId", WireSchema.id(.user, "The owning BD (default: the acting user)."), clearable: false),
        FieldParam("dniUserId", WireSchema.id(.user, "The second person on the account (read access).")),
        FieldParam("health", WireSchema.enumeration(AccountHealth.self, "Manual in v1.")),
        FieldParam("plan", .string("CLO3D Enterprise, Pro or Standard (free text allowed).")),
        FieldParam("seats", .integer(minimum: 0)),
        FieldParam("seatsUsed", .integer("Above seats is a warning, not an error.", minimum: 0)),
        FieldParam("mau", .integer("Monthly active users.", minimum: 0)),
        FieldParam("painPoints", .string("Discovery output.")),
        FieldParam("parentAccountId", WireSchema.id(.account, "The parent company's account.")),
    ]

    static func draft(_ params: ParamReader, defaultName: String = "") throws -> AccountDraft {
        AccountDraft(
            name: params.string("name") ?? defaultName, domain: params.string("domain"), website: params.string("website"),
            industry: params.string("industry"), country: params.string("country"), ownerId: try params.id("ownerId", .user),
            dniUserId: try params.id("dniUserId", .user), health: params.enumeration("health", AccountHealth.self),
            plan: params.string("plan"), seats: params.int("seats"), seatsUsed: params.int("seatsUsed"), mau: params.int("mau"),
            painPoints: params.string("painPoints"), parentAccountId: try params.id("parentAccountId", .account))
    }
}
