import CRMCore
import JSONRPC

/// The writable fields of a contact, shared by `contact.create` and `contact.update`.
enum ContactFields {
    static let all: [FieldParam] = [
        FieldParam("accountId", WireSchema.id(.account, "The account the person works at."), required: true, clearable: false),
        FieldParam("name", .string(nil, minLength: 1, maxLength: 200), required: true, clearable: false),
        FieldParam("title", .string()),
        FieldParam("email", .string(nil, format: .email)),
        FieldParam("phone", .string()),
        FieldParam("role", WireSchema.enumeration(ContactRole.self, "champion: the internal advocate. Default contact."), clearable: false),
        FieldParam("ownerId", WireSchema.id(.user, "Default: the acting user."), clearable: false),
    ]
}
