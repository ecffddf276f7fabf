/// One operation's effect, as data: who did what, when, and every record as it is after the change.
///
/// Operations never mutate state themselves: they validate, then return a `ChangeSet` that
/// `CRMState.apply(_:)` applies. The server journals it first, and journal replay calls the same
/// `apply`, so a replayed state is the state that was acknowledged.
public struct ChangeSet: Hashable, Sendable {
    /// The change's position in the log (1, 2, 3, …).
    public var seq: Int
    public var at: Timestamp
    public var actorId: RecordID
    /// The method that made it, e.g. `lead.create`, `opportunity.changeStage`.
    public var operation: String
    public var changes: [RecordChange]

    public init(seq: Int, at: Timestamp, actorId: RecordID, operation: String, changes: [RecordChange]) {
        self.seq = seq
        self.at = at
        self.actorId = actorId
        self.operation = operation
        self.changes = changes
    }

    /// A no-op (e.g. setting a status the lead already has): nothing to journal or apply.
    public var isEmpty: Bool { changes.isEmpty }

    /// What the host should be told about: licence requests created by this change. A JSON import
    /// (`admin.import`) brings requests the source CRM already announced, so it tells nothing.
    public var events: [DomainEvent] {
        guard operation != "admin.import" else { return [] }
        return changes.compactMap { change in
            if case .upsert(.license(let request)) = change, request.version == 1 {
                return .licenseRequested(request)
            }
            return nil
        }
    }
}

/// One record after a change: the full record (upsert), or the new settings.
public enum RecordChange: Hashable, Sendable {
    case upsert(AnyRecord)
    case settings(Settings)
}

/// Something the server passes on to the host as a notification.
public enum DomainEvent: Hashable, Sendable {
    /// An opportunity was won for the first time: send `license.requested` with the request.
    case licenseRequested(LicenseRequest)
}

/// The outcome of a validated operation, not yet applied: the value the caller gets back once
/// `changeSet` is applied, plus non-fatal warnings (e.g. seatsUsed > seats).
public struct Planned<Value: Sendable>: Sendable {
    public var value: Value
    public var changeSet: ChangeSet
    public var warnings: [FieldProblem]

    public init(value: Value, changeSet: ChangeSet, warnings: [FieldProblem] = []) {
        self.value = value
        self.changeSet = changeSet
        self.warnings = warnings
    }
}

/// Who acts and when. Passed into every operation: the core has no clock and no session.
public struct OperationContext: Hashable, Sendable {
    public var actorId: RecordID
    public var now: Timestamp

    public init(actorId: RecordID, now: Timestamp) {
        self.actorId = actorId
        self.now = now
    }
}
