import CRMCore
import JSONRPC

/// The writable fields of a lead, shared by `lead.create` and `lead.update`.
enum LeadFields {
    static let all: [FieldParam] = [
        FieldParam("name", .string("The person's name.", minLength: 1, maxLength: 200), required: true, clearable: false),
        FieldParam("company", .string("Their company (duplicate search on conversion uses it).")),
        FieldParam("title", .string("Job title.")),
        FieldParam("email", .string(nil, format: .email)),
        FieldParam("phone", .string()),
        FieldParam("country", .string("ISO 3166 country code or name.")),
        FieldParam("industry", .string()),
        FieldParam("source", WireSchema.enumeration(LeadSource.self, "Where the lead came from.")),
        FieldParam("status", WireSchema.enumeration(LeadStatus.self, "Default new; converted only through lead.convert."), clearable: false),
        FieldParam("disqualifiedReason", .string("Required when the status is disqualified.")),
        FieldParam("notes", .string("Free text.")),
        FieldParam("ownerId", WireSchema.id(.user, "The owning BD (default: the acting user; reassignment is for managers and admins)."), clearable: false),
    ]
}
