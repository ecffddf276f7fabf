/// The fields of a new user.
public struct UserDraft: Hashable, Sendable {
    public var handle: String
    public var name: String
    public var email: String?
    public var role: UserRole
    public var managerId: RecordID?

    public init(handle: String, name: String, email: String? = nil, role: UserRole, managerId: RecordID? = nil) {
        self.handle = handle
        self.name = name
        self.email = email
        self.role = role
        self.managerId = managerId
    }
}

/// A partial user update: nil leaves a field alone; `.some(nil)` clears an optional field.
public struct UserPatch: Hashable, Sendable {
    public var handle: String?
    public var name: String?
    public var email: String??
    public var role: UserRole?
    public var managerId: RecordID??
    public var ifVersion: Int?

    public init(handle: String? = nil, name: String? = nil, email: String?? = nil, role: UserRole? = nil,
                managerId: RecordID?? = nil, ifVersion: Int? = nil) {
        self.handle = handle
        self.name = name
        self.email = email
        self.role = role
        self.managerId = managerId
        self.ifVersion = ifVersion
    }
}

extension CRMState {
    /// `user.create`: admins only. Handles are unique (409 otherwise).
    public func createUser(_ draft: UserDraft, _ context: OperationContext) throws(CRMError) -> Planned<User> {
        let viewer = try viewer(context.actorId)
        guard viewer.isAdmin else { throw .forbidden(action: "user.create") }
        var checks = FieldChecks()
        let handle = checkHandle(draft.handle, for: nil, &checks)
        let id = nextID(.user)
        let user = User(id: id, handle: handle, name: checks.name(draft.name, "user.name"),
                        email: checks.email(draft.email, "user.email"), role: draft.role,
                        managerId: checkManager(draft.managerId, for: id, &checks), createdAt: context.now)
        try checks.throwIfAny()
        try checkHandleFree(handle, for: id)
        return Planned(value: user, changeSet: makeChangeSet("user.create", context, [.upsert(.user(user))]))
    }

    /// `user.update`: admins only.
    public func updateUser(_ id: RecordID, _ patch: UserPatch, _ context: OperationContext) throws(CRMError) -> Planned<User> {
        let viewer = try viewer(context.actorId)
        guard let current = users[id] else { throw .notFound(id) }
        guard viewer.isAdmin else { throw .forbidden(action: "user.update") }
        try checkVersion(patch.ifVersion, current.version)
        var checks = FieldChecks()
        var user = current
        if let handle = patch.handle { user.handle = checkHandle(handle, for: id, &checks) }
        user.name = checks.patchName(patch.name, current: user.name, "user.name")
        user.email = checks.patchEmail(patch.email, current: user.email, "user.email")
        if let role = patch.role { user.role = role }
        if let managerId = patch.managerId { user.managerId = checkManager(managerId, for: id, &checks) }
        if user.id == viewer.id, user.role != .admin { checks.add("user.role", .notAllowed) }
        try checks.throwIfAny()
        try checkHandleFree(user.handle, for: id)
        guard user != current else { return Planned(value: current, changeSet: makeChangeSet("user.update", context, [])) }
        let changed = user.touched(at: context.now)
        return Planned(value: changed, changeSet: makeChangeSet("user.update", context, [.upsert(.user(changed))]))
    }

    private func checkHandle(_ raw: String, for id: RecordID?, _ checks: inout FieldChecks) -> String {
        let handle = raw.trimmingCharacters(in: .whitespaces).lowercased()
        let allowed = handle.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x5F || byte == 0x2D
        }
        if handle.isEmpty {
            checks.add("user.handle", .required)
        } else if !allowed || handle.count > 64 {
            checks.add("user.handle", .invalidFormat, allowed: ["a-z 0-9 . _ -, at most 64"])
        }
        return handle
    }

    private func checkHandleFree(_ handle: String, for id: RecordID) throws(CRMError) {
        if let existing = userByHandle[handle], existing != id {
            throw .conflict(.uniqueKey(field: "handle", value: handle, current: existing))
        }
    }

    /// A manager must be an active manager or admin, and the chain of managers must not loop.
    private func checkManager(_ managerId: RecordID?, for id: RecordID, _ checks: inout FieldChecks) -> RecordID? {
        guard let managerId else { return nil }
        guard let manager = users[managerId] else {
            checks.add("user.managerId", .notFound)
            return nil
        }
        if manager.archived { checks.add("user.managerId", .archived) }
        if manager.role == .bd { checks.add("user.managerId", .unknownValue, allowed: ["a manager or admin"]) }
        var cursor: RecordID? = managerId
        var seen: Set<RecordID> = []
        while let current = cursor, seen.insert(current).inserted {
            if current == id {
                checks.add("user.managerId", .cycle)
                break
            }
            cursor = users[current]?.managerId
        }
        return managerId
    }

    func checkVersion(_ expected: Int?, _ current: Int) throws(CRMError) {
        if let expected, expected != current { throw .conflict(.version(current: current)) }
    }
}
