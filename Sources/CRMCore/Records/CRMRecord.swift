/// What every stored record has: identity, timestamps, a version for optimistic locking, a soft-delete
/// flag, and named scalar fields for the generic list machinery.
public protocol CRMRecord: Hashable, Sendable {
    static var kind: RecordKind { get }
    /// Every scalar field by name and kind (filters and sorts accept exactly these).
    static var fieldSpecs: [FieldSpec] { get }
    /// Where the state keeps this kind of record.
    static var table: KeyPath<CRMState, RecordTable<Self>> { get }

    var id: RecordID { get }
    var createdAt: Timestamp { get set }
    var updatedAt: Timestamp { get set }
    /// 1 at creation, +1 per change.
    var version: Int { get set }
    /// Soft delete: hidden from lists unless asked for, restorable.
    var archived: Bool { get set }
    /// The user whose ownership decides row-level access; nil for records that follow another
    /// record's visibility (notes, licence requests) or are global (users).
    var accessOwner: RecordID? { get }

    /// The value of a scalar field, or nil when the record type has no such field.
    func field(_ name: String) -> FieldValue?
    /// The record wrapped for change sets and generic handling.
    var erased: AnyRecord { get }
}

extension CRMRecord {
    /// A copy stamped as changed at `now`: version + 1, `updatedAt` = now.
    func touched(at now: Timestamp) -> Self {
        var copy = self
        copy.version += 1
        copy.updatedAt = now
        return copy
    }

    func commonField(_ name: String) -> FieldValue? {
        switch name {
        case "id": .string(id.description)
        case "createdAt": .timestamp(createdAt)
        case "updatedAt": .timestamp(updatedAt)
        case "version": .int(Int64(version))
        case "archived": .bool(archived)
        default: nil
        }
    }
}

/// Any record, typed. This is what a `RecordChange` carries and what history returns.
public enum AnyRecord: Hashable, Sendable {
    case user(User)
    case lead(Lead)
    case account(Account)
    case contact(Contact)
    case opportunity(Opportunity)
    case license(LicenseRequest)
    case quota(Quota)
    case note(Note)

    public var base: any CRMRecord {
        switch self {
        case .user(let record): record
        case .lead(let record): record
        case .account(let record): record
        case .contact(let record): record
        case .opportunity(let record): record
        case .license(let record): record
        case .quota(let record): record
        case .note(let record): record
        }
    }

    // Read straight from the payload: going through `base` boxes the whole record in an existential
    // (an allocation and a copy of every field) for one member, and `apply` asks for ids per change.
    public var id: RecordID {
        switch self {
        case .user(let record): record.id
        case .lead(let record): record.id
        case .account(let record): record.id
        case .contact(let record): record.id
        case .opportunity(let record): record.id
        case .license(let record): record.id
        case .quota(let record): record.id
        case .note(let record): record.id
        }
    }

    public var version: Int {
        switch self {
        case .user(let record): record.version
        case .lead(let record): record.version
        case .account(let record): record.version
        case .contact(let record): record.version
        case .opportunity(let record): record.version
        case .license(let record): record.version
        case .quota(let record): record.version
        case .note(let record): record.version
        }
    }

    public var archived: Bool {
        switch self {
        case .user(let record): record.archived
        case .lead(let record): record.archived
        case .account(let record): record.archived
        case .contact(let record): record.archived
        case .opportunity(let record): record.archived
        case .license(let record): record.archived
        case .quota(let record): record.archived
        case .note(let record): record.archived
        }
    }
}
