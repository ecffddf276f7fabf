import CRMCore
import JSONRPC

/// The result schema of each record type, as `RecordJSON` writes it.
enum RecordSchema {
    private static func common(_ kind: RecordKind, _ members: [JSONSchema.Property], _ description: String) -> JSONSchema {
        let head = [WireSchema.id(kind).property("id", required: true)]
        let tail = [
            WireSchema.timestamp.property("createdAt", required: true),
            WireSchema.timestamp.property("updatedAt", required: true),
            WireSchema.version.property("version", required: true),
            JSONSchema.boolean().property("archived", required: true),
            JSONSchema.array(of: .object(nil, [
                JSONSchema.string().property("path", required: true), JSONSchema.string().property("message", required: true),
                JSONSchema.array(of: .string()).property("allowed"), JSONSchema.string().property("didYouMean"),
            ]), "After a write only: accepted values worth a second look (e.g. seatsUsed above seats).").property("warnings"),
        ]
        return .object(description, head + members + tail)
    }

    private static func optional(_ name: String, _ schema: JSONSchema = .string()) -> JSONSchema.Property {
        schema.orNull.property(name, required: true)
    }

    static func of(_ kind: RecordKind) -> JSONSchema {
        switch kind {
        case .user: user
        case .lead: lead
        case .account: account
        case .contact: contact
        case .opportunity: opportunity
        case .license: license
        case .quota: quota
        case .note: note
        }
    }

    /// Any record (search, history, archive).
    static let any = JSONSchema.anyOf(RecordKind.allCases.map(of), "A record of any type; the id's prefix says which.")

    static let user = common(.user, [
        JSONSchema.string().property("handle", required: true), JSONSchema.string().property("name", required: true),
        optional("email"), WireSchema.enumeration(UserRole.self).property("role", required: true),
        optional("managerId", WireSchema.id(.user)),
    ], "A user: who owns and sees records.")

    static let lead = common(.lead, [
        JSONSchema.string().property("name", required: true), optional("company"), optional("title"), optional("email"),
        optional("phone"), optional("country"), optional("industry"),
        optional("source", WireSchema.enumeration(LeadSource.self)),
        WireSchema.enumeration(LeadStatus.self).property("status", required: true),
        optional("disqualifiedReason"), optional("notes"), WireSchema.id(.user).property("ownerId", required: true),
        optional("convertedAt", WireSchema.timestamp),
        JSONSchema.object(nil, [
            WireSchema.id(.account).property("accountId", required: true),
            WireSchema.id(.contact).property("contactId", required: true),
            WireSchema.id(.opportunity).orNull.property("opportunityId", required: true),
        ]).orNull.property("converted", required: true),
    ], "A lead.")

    static let account = common(.account, [
        JSONSchema.string().property("name", required: true), optional("domain"), optional("website"), optional("industry"),
        optional("country"), WireSchema.id(.user).property("ownerId", required: true), optional("dniUserId", WireSchema.id(.user)),
        optional("health", WireSchema.enumeration(AccountHealth.self)), optional("plan"),
        optional("seats", .integer(minimum: 0)), optional("seatsUsed", .integer(minimum: 0)), optional("mau", .integer(minimum: 0)),
        optional("painPoints"), optional("parentAccountId", WireSchema.id(.account)),
    ], "An account (customer company).")

    static let contact = common(.contact, [
        WireSchema.id(.account).property("accountId", required: true), JSONSchema.string().property("name", required: true),
        optional("title"), optional("email"), optional("phone"),
        WireSchema.enumeration(ContactRole.self).property("role", required: true),
        WireSchema.id(.user).property("ownerId", required: true),
    ], "A contact at an account.")

    static let stageChange = JSONSchema.object(nil, [
        WireSchema.enumeration(OpportunityStage.self).property("stage", required: true),
        WireSchema.timestamp.property("at", required: true), WireSchema.id(.user).property("by", required: true),
    ])

    static let opportunity = common(.opportunity, [
        JSONSchema.string().property("name", required: true), WireSchema.id(.account).property("accountId", required: true),
        optional("primaryContactId", WireSchema.id(.contact)),
        WireSchema.enumeration(OpportunityStage.self).property("stage", required: true),
        WireSchema.money.property("acv", required: true), JSONSchema.string().property("currency", required: true),
        JSONSchema.integer(minimum: 1).property("termYears", required: true), WireSchema.money.property("oneTimeFees", required: true),
        WireSchema.money.described("Derived: acv × termYears + oneTimeFees.").property("tcv", required: true),
        optional("closeDate", WireSchema.day), WireSchema.enumeration(OpportunityType.self).property("type", required: true),
        WireSchema.id(.user).property("ownerId", required: true), optional("lostReason"),
        optional("lastOpenStage", WireSchema.enumeration(OpportunityStage.self)),
        JSONSchema.integer(minimum: 0, maximum: 100).property("probability", required: true),
        WireSchema.enumeration(ForecastCategory.self, "Derived from the stage.").property("forecastCategory", required: true),
        JSONSchema.array(of: stageChange).property("stageHistory", required: true),
        optional("wonAt", WireSchema.timestamp), optional("lostAt", WireSchema.timestamp),
        optional("leadId", WireSchema.id(.lead)), optional("leadCreatedAt", WireSchema.timestamp),
    ], "An opportunity (deal).")

    static let license = common(.license, [
        WireSchema.id(.opportunity).property("opportunityId", required: true),
        WireSchema.id(.account).property("accountId", required: true), optional("plan"),
        optional("seats", .integer(minimum: 0)), WireSchema.enumeration(LicenseStatus.self).property("status", required: true),
        WireSchema.timestamp.property("requestedAt", required: true), WireSchema.id(.user).property("ownerId", required: true),
    ], "A licence request (the License Stub), created when a deal is first won.")

    static let quota = common(.quota, [
        optional("userId", WireSchema.id(.user)), optional("managerId", WireSchema.id(.user)),
        JSONSchema.string("2026-Q4 or 2026-11.").property("period", required: true),
        WireSchema.money.property("amount", required: true), JSONSchema.string().property("currency", required: true),
    ], "A sales quota for a user or a manager's team.")

    static let note = common(.note, [
        WireSchema.anyID.property("recordId", required: true), WireSchema.id(.user).property("authorId", required: true),
        WireSchema.timestamp.property("at", required: true), JSONSchema.string().property("text", required: true),
    ], "A note on a record's timeline.")
}
