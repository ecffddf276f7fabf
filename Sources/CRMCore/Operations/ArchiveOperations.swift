extension RecordKind {
    /// The method prefix of this kind (`license.archive`, `opportunity.restore`).
    public var methodPrefix: String { self == .license ? "license" : rawValue }
}

extension CRMState {
    /// `*.archive`: soft delete by anyone who may change the record (users: admins, never oneself).
    /// Converted leads may be archived: archiving hides, it does not edit. Archiving twice is a no-op.
    public func archive(_ id: RecordID, ifVersion: Int? = nil, _ context: OperationContext) throws(CRMError) -> Planned<AnyRecord> {
        try setArchived(id, true, ifVersion: ifVersion, context)
    }

    /// `*.restore`: undoes `archive`.
    public func restore(_ id: RecordID, ifVersion: Int? = nil, _ context: OperationContext) throws(CRMError) -> Planned<AnyRecord> {
        try setArchived(id, false, ifVersion: ifVersion, context)
    }

    private func setArchived(_ id: RecordID, _ archived: Bool, ifVersion: Int?,
                             _ context: OperationContext) throws(CRMError) -> Planned<AnyRecord> {
        let operation = "\(id.kind.methodPrefix).\(archived ? "archive" : "restore")"
        let viewer = try viewer(context.actorId)
        let current = try writable(id, viewer, action: operation)
        if id.kind == .user, id == viewer.id { throw .forbidden(action: "archive yourself") }
        try checkVersion(ifVersion, current.version)
        guard current.archived != archived else {
            return Planned(value: current, changeSet: makeChangeSet(operation, context, []))
        }
        let changed = current.withArchived(archived, at: context.now)
        return Planned(value: changed, changeSet: makeChangeSet(operation, context, [.upsert(changed)]))
    }
}

extension AnyRecord {
    func withArchived(_ archived: Bool, at now: Timestamp) -> AnyRecord {
        func flip<R: CRMRecord>(_ record: R) -> R {
            var copy = record
            copy.archived = archived
            return copy.touched(at: now)
        }
        switch self {
        case .user(let record): return .user(flip(record))
        case .lead(let record): return .lead(flip(record))
        case .account(let record): return .account(flip(record))
        case .contact(let record): return .contact(flip(record))
        case .opportunity(let record): return .opportunity(flip(record))
        case .license(let record): return .license(flip(record))
        case .quota(let record): return .quota(flip(record))
        case .note(let record): return .note(flip(record))
        }
    }
}
