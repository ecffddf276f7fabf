/// The fields of a new contact.
public struct ContactDraft: Hashable, Sendable {
    public var accountId: RecordID
    public var name: String
    public var title: String?
    public var email: String?
    public var phone: String?
    public var role: ContactRole?
    public var ownerId: RecordID?

    public init(accountId: RecordID, name: String, title: String? = nil, email: String? = nil, phone: String? = nil,
                role: ContactRole? = nil, ownerId: RecordID? = nil) {
        self.accountId = accountId
        self.name = name
        self.title = title
        self.email = email
        self.phone = phone
        self.role = role
        self.ownerId = ownerId
    }
}

/// A partial contact update: nil leaves a field alone; `.some(nil)` clears an optional field.
public struct ContactPatch: Hashable, Sendable {
    public var accountId: RecordID?
    public var name: String?
    public var title: String??
    public var email: String??
    public var phone: String??
    public var role: ContactRole?
    public var ownerId: RecordID?
    public var ifVersion: Int?

    public init(accountId: RecordID? = nil, name: String? = nil, title: String?? = nil, email: String?? = nil,
                phone: String?? = nil, role: ContactRole? = nil, ownerId: RecordID? = nil, ifVersion: Int? = nil) {
        self.accountId = accountId
        self.name = name
        self.title = title
        self.email = email
        self.phone = phone
        self.role = role
        self.ownerId = ownerId
        self.ifVersion = ifVersion
    }
}

extension CRMState {
    /// `contact.create`: on an account the acting user can see.
    public func createContact(_ draft: ContactDraft, _ context: OperationContext) throws(CRMError) -> Planned<Contact> {
        let viewer = try viewer(context.actorId)
        var checks = FieldChecks()
        let owner = try checkOwner(draft.ownerId, viewer, path: "contact.ownerId", problems: &checks.problems)
        checkAccountReference(draft.accountId, "contact.accountId", viewer, &checks)
        let contact = Contact(
            id: nextID(.contact), accountId: draft.accountId, name: checks.name(draft.name, "contact.name"),
            title: checks.text(draft.title, "contact.title"), email: checks.email(draft.email, "contact.email"),
            phone: checks.text(draft.phone, "contact.phone", max: 50), role: draft.role ?? .contact,
            ownerId: owner, createdAt: context.now)
        try checks.throwIfAny()
        return Planned(value: contact, changeSet: makeChangeSet("contact.create", context, [.upsert(.contact(contact))]))
    }

    /// `contact.get`.
    public func contact(_ id: RecordID, by actorId: RecordID) throws(CRMError) -> Contact {
        let viewer = try viewer(actorId)
        guard let contact = contacts[id], canRead(.contact(contact), viewer) else {
            throw .notFound(type: .contact, id: id.description)
        }
        return contact
    }

    /// `contact.update` (partial).
    public func updateContact(_ id: RecordID, _ patch: ContactPatch,
                              _ context: OperationContext) throws(CRMError) -> Planned<Contact> {
        let viewer = try viewer(context.actorId)
        guard id.kind == .contact, case .contact(let current) = try writable(id, viewer, action: "contact.update") else {
            throw .notFound(type: .contact, id: id.description)
        }
        try checkVersion(patch.ifVersion, current.version)
        var checks = FieldChecks()
        var contact = current
        if let accountId = patch.accountId, accountId != current.accountId {
            checkAccountReference(accountId, "contact.accountId", viewer, &checks)
            contact.accountId = accountId
        }
        contact.name = checks.patchName(patch.name, current: contact.name, "contact.name")
        contact.title = checks.patchText(patch.title, current: contact.title, "contact.title")
        contact.email = checks.patchEmail(patch.email, current: contact.email, "contact.email")
        contact.phone = checks.patchText(patch.phone, current: contact.phone, "contact.phone", max: 50)
        if let role = patch.role { contact.role = role }
        if let owner = patch.ownerId, owner != current.ownerId {
            contact.ownerId = try checkOwner(owner, viewer, path: "contact.ownerId", problems: &checks.problems)
        }
        try checks.throwIfAny()
        guard contact != current else {
            return Planned(value: current, changeSet: makeChangeSet("contact.update", context, []))
        }
        let changed = contact.touched(at: context.now)
        return Planned(value: changed, changeSet: makeChangeSet("contact.update", context, [.upsert(.contact(changed))]))
    }

    /// A referenced account must exist, be visible and not be archived.
    func checkAccountReference(_ id: RecordID, _ path: String, _ viewer: Viewer, _ checks: inout FieldChecks) {
        guard let account = accounts[id], canRead(.account(account), viewer) else {
            checks.add(path, .notFound)
            return
        }
        if account.archived { checks.add(path, .archived) }
    }
}
