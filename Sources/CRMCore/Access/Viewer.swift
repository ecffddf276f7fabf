/// The acting user and the set of owners whose records they may see (row-level access, SPEC §3).
///
/// A bd sees their own records; a manager also their direct reports' (users whose `managerId` is the
/// manager); an admin everything. Accounts are also readable by their `dniUserId`.
public struct Viewer: Sendable {
    public let user: User
    /// nil means "everyone" (admin).
    public let owners: Set<RecordID>?

    public var id: RecordID { user.id }
    public var role: UserRole { user.role }
    public var isAdmin: Bool { user.role == .admin }
    public var isManagerOrAdmin: Bool { user.role != .bd }

    /// Whether records owned by `owner` are within this viewer's reach (read and write).
    public func covers(_ owner: RecordID) -> Bool {
        owners?.contains(owner) ?? true
    }
}

extension CRMState {
    /// Resolves the acting user. An unknown or archived actor may do nothing.
    public func viewer(_ actorId: RecordID) throws(CRMError) -> Viewer {
        guard let user = users[actorId], !user.archived else { throw Self.actorRefused(actorId) }
        return viewer(for: user)
    }

    /// What an unknown or archived actor is told.
    private static func actorRefused(_ actorId: RecordID) -> CRMError { .forbidden(action: "act as \(actorId)") }

    func viewer(for user: User) -> Viewer {
        switch user.role {
        case .admin: return Viewer(user: user, owners: nil)
        case .bd: return Viewer(user: user, owners: [user.id])
        case .manager: return Viewer(user: user, owners: (teamByManager[user.id] ?? []).union([user.id]))
        }
    }

    /// The users in a manager's team (direct reports), the manager excluded.
    public func team(of managerId: RecordID) -> Set<RecordID> {
        teamByManager[managerId] ?? []
    }

    /// Whether `viewer` may read `record`. Everything outside this is reported as not found.
    public func canRead(_ record: AnyRecord, _ viewer: Viewer) -> Bool {
        if viewer.owners == nil { return true }
        switch record {
        case .user: return true
        case .lead(let lead): return viewer.covers(lead.ownerId)
        case .contact(let contact): return viewer.covers(contact.ownerId)
        case .opportunity(let opportunity): return viewer.covers(opportunity.ownerId)
        case .account(let account):
            return viewer.covers(account.ownerId) || account.dniUserId.map(viewer.covers) == true
        case .license(let request):
            return opportunities[request.opportunityId].map { viewer.covers($0.ownerId) } ?? false
        case .quota(let quota):
            return quota.subjectId.map(viewer.covers) ?? false
        case .note(let note):
            return anyRecord(note.recordId).map { canRead($0, viewer) } ?? false
        }
    }

    /// Whether `viewer` may change `record` (given they can read it). DnI access is read-only.
    func canWrite(_ record: AnyRecord, _ viewer: Viewer) -> Bool {
        if viewer.isAdmin { return true }
        switch record {
        case .user: return false
        case .lead(let lead): return viewer.covers(lead.ownerId)
        case .contact(let contact): return viewer.covers(contact.ownerId)
        case .opportunity(let opportunity): return viewer.covers(opportunity.ownerId)
        case .account(let account): return viewer.covers(account.ownerId)
        case .license: return viewer.isManagerOrAdmin && canRead(record, viewer)
        case .quota: return viewer.isManagerOrAdmin && canRead(record, viewer)
        case .note(let note): return note.authorId == viewer.id
        }
    }

    /// The record if it exists and `viewer` can read it; otherwise notFound.
    func readable(_ id: RecordID, _ viewer: Viewer) throws(CRMError) -> AnyRecord {
        guard let record = anyRecord(id), canRead(record, viewer) else { throw .notFound(id) }
        return record
    }

    /// The record if `viewer` can read and change it: notFound outside visibility, forbidden for
    /// read-only access (DnI, other authors' notes).
    func writable(_ id: RecordID, _ viewer: Viewer, action: String) throws(CRMError) -> AnyRecord {
        let record = try readable(id, viewer)
        guard canWrite(record, viewer) else { throw .forbidden(action: action) }
        return record
    }

    /// The owner of a record `actorId` creates, checked as `viewer(_:)` then `checkOwner` check it
    /// (same refusals, in the same order). A create that names no other owner needs no `Viewer`:
    /// building one copied the actor's user record out of its table for every `lead.create`, and
    /// only whether the actor is archived is read here.
    func newOwner(_ requested: RecordID?, actorId: RecordID, path: String,
                  problems: inout [FieldProblem]) throws(CRMError) -> RecordID {
        guard let requested, requested != actorId else {
            guard users.read(actorId, { $0.archived }) == false else { throw Self.actorRefused(actorId) }
            return actorId
        }
        return try checkOwner(requested, viewer(actorId), path: path, problems: &problems)
    }

    /// Checks who may own a record `viewer` creates or reassigns: a bd only themselves, a manager
    /// their team, an admin any active user. Returns the owner to use.
    func checkOwner(_ requested: RecordID?, _ viewer: Viewer, path: String,
                    problems: inout [FieldProblem]) throws(CRMError) -> RecordID {
        guard let owner = requested, owner != viewer.id else { return viewer.id }
        guard viewer.role != .bd else { throw .forbidden(action: "assign records to another user") }
        guard let user = users[owner] else {
            problems.append(FieldProblem(path, .notFound))
            return viewer.id
        }
        if user.archived { problems.append(FieldProblem(path, .archived)) }
        guard viewer.covers(owner) else { throw .forbidden(action: "assign records outside your team") }
        return owner
    }
}

/// Who may switch the acting user mid-session (`session.setUser`).
public enum SessionPolicy {
    /// Only a process started as an admin may switch, and it may switch back to the admin too.
    /// The server keeps the "started as" user; this decides from it.
    public static func canSwitchUser(startedAs user: User) -> Bool {
        user.role == .admin && !user.archived
    }

    /// The user to act as after `session.setUser {user: handle}`.
    public static func switchUser(startedAs: User, to handle: String, in state: CRMState) throws(CRMError) -> User {
        guard canSwitchUser(startedAs: startedAs) else { throw .forbidden(action: "session.setUser") }
        guard let user = state.user(handle: handle), !user.archived else {
            throw .notFound(type: .user, id: handle)
        }
        return user
    }
}
