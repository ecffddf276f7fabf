/// A person who uses the CRM. Users are a directory every user can read; only admins change them.
public struct User: CRMRecord {
    public static let kind = RecordKind.user
    public let id: RecordID
    /// Unique, lower case, e.g. `bd.kim`; what `--user` and `session.setUser` name.
    public var handle: String
    public var name: String
    public var email: String?
    public var role: UserRole
    /// The manager whose team this user is in (visibility follows it).
    public var managerId: RecordID?
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var version: Int
    public var archived: Bool

    public init(id: RecordID, handle: String, name: String, email: String? = nil, role: UserRole,
                managerId: RecordID? = nil, createdAt: Timestamp, updatedAt: Timestamp? = nil,
                version: Int = 1, archived: Bool = false) {
        self.id = id
        self.handle = handle
        self.name = name
        self.email = email
        self.role = role
        self.managerId = managerId
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.version = version
        self.archived = archived
    }

    public var accessOwner: RecordID? { nil }
    public static var table: KeyPath<CRMState, RecordTable<User>> { \.users }
    public var erased: AnyRecord { .user(self) }

    public static let fieldSpecs: [FieldSpec] = FieldSpec.common + [
        FieldSpec("handle", .string), FieldSpec("name", .string), FieldSpec("email", .string),
        .enumeration("role", UserRole.self), FieldSpec("managerId", .id),
    ]

    public func field(_ name: String) -> FieldValue? {
        switch name {
        case "handle": .string(handle)
        case "name": .string(self.name)
        case "email": FieldValue(email)
        case "role": .string(role.rawValue)
        case "managerId": FieldValue(managerId)
        default: commonField(name)
        }
    }
}
