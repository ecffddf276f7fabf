/// A person at a customer account.
public struct Contact: CRMRecord {
    public static let kind = RecordKind.contact
    public let id: RecordID
    public var accountId: RecordID
    public var name: String
    public var title: String?
    public var email: String?
    public var phone: String?
    public var role: ContactRole
    public var ownerId: RecordID
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var version: Int
    public var archived: Bool

    public init(id: RecordID, accountId: RecordID, name: String, title: String? = nil, email: String? = nil,
                phone: String? = nil, role: ContactRole = .contact, ownerId: RecordID, createdAt: Timestamp,
                updatedAt: Timestamp? = nil, version: Int = 1, archived: Bool = false) {
        self.id = id
        self.accountId = accountId
        self.name = name
        self.title = title
        self.email = email
        self.phone = phone
        self.role = role
        self.ownerId = ownerId
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.version = version
        self.archived = archived
    }

    public var accessOwner: RecordID? { ownerId }
    public static var table: KeyPath<CRMState, RecordTable<Contact>> { \.contacts }
    public var erased: AnyRecord { .contact(self) }

    public static let fieldSpecs: [FieldSpec] = FieldSpec.common + [
        FieldSpec("accountId", .id), FieldSpec("name", .string), FieldSpec("title", .string),
        FieldSpec("email", .string), FieldSpec("phone", .string), .enumeration("role", ContactRole.self),
        FieldSpec("ownerId", .id),
    ]

    public func field(_ name: String) -> FieldValue? {
        switch name {
        case "accountId": FieldValue(accountId)
        case "name": .string(self.name)
        case "title": FieldValue(title)
        case "email": FieldValue(email)
        case "phone": FieldValue(phone)
        case "role": .string(role.rawValue)
        case "ownerId": FieldValue(ownerId)
        default: commonField(name)
        }
    }
}
