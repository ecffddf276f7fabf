import CRMCore
import JSON

/// The `admin.export` JSON document and its reading back for `admin.import`.
///
/// Records are written in `RecordCodec`'s stored form, so an import restores every field (ids,
/// times, versions, stage history) and an export → import → export round trip gives the same
/// records. The document: `{format, version, exportedAt, changeSets, records: {users, leads, …}, settings}`.
public enum RecordTransfer {
    /// The document format's version; readers refuse newer ones.
    public static let formatVersion = 1

    /// The `records` members, in the order they are written and applied (referenced before referring).
    public static let sections: [(name: String, kind: RecordKind)] = [
        ("users", .user), ("leads", .lead), ("accounts", .account), ("contacts", .contact),
        ("opportunities", .opportunity), ("licenseRequests", .license), ("quotas", .quota), ("notes", .note),
    ]

    /// Every record of `kind`, oldest id first (archived ones only when asked).
    public static func records(_ kind: RecordKind, in state: CRMState, includeArchived: Bool) -> [AnyRecord] {
        let all: [AnyRecord] = switch kind {
        case .user: state.users.values.map(AnyRecord.user)
        case .lead: state.leads.values.map(AnyRecord.lead)
        case .account: state.accounts.values.map(AnyRecord.account)
        case .contact: state.contacts.values.map(AnyRecord.contact)
        case .opportunity: state.opportunities.values.map(AnyRecord.opportunity)
        case .license: state.licenses.values.map(AnyRecord.license)
        case .quota: state.quotas.values.map(AnyRecord.quota)
        case .note: state.notes.values.map(AnyRecord.note)
        }
        return all.filter { includeArchived || !$0.archived }.sorted { $0.id < $1.id }
    }

    /// The whole export. `progress(done, total)` is called after each record, for notifications.
    public static func exportDocument(_ state: CRMState, includeArchived: Bool, exportedAt: Timestamp,
                                      progress: (Int, Int) -> Void = { _, _ in }) -> JSONObject {
        let bySection = sections.map { records($0.kind, in: state, includeArchived: includeArchived) }
        let total = bySection.reduce(0) { $0 + $1.count }
        var done = 0
        var recordsObject = JSONObject()
        for (section, records) in zip(sections, bySection) {
            recordsObject.append(section.name, .array(records.map { record in
                done += 1
                progress(done, total)
                return .object(RecordCodec.encode(record))
            }))
        }
        return [
            "format": "json", "version": JSONValue(formatVersion), "exportedAt": JSONValue(exportedAt),
            "changeSets": JSONValue(state.changeLog.count), "records": .object(recordsObject),
            "settings": .object(RecordCodec.encode(state.settings)),
        ]
    }

    /// Reads a document against the current state: the records to add, or every problem found.
    ///
    /// An id the store already holds is a conflict unless the stored record is identical (then it is
    /// left alone, so importing the same document twice changes nothing), or it is
    /// the bootstrap `admin` of a store holding nothing else (which the import replaces, so a round
    /// trip into a fresh store is exact).
    /// `progress(done, total)` is called after each record is read, for notifications.
    public static func plan(_ document: JSONValue, against state: CRMState, path: String = "$",
                            progress: (Int, Int) -> Void = { _, _ in }) -> ImportPlan {
        var plan = ImportPlan()
        guard let object = document.objectValue else {
            plan.problems.append(TransferProblem(path: path, reason: "expected the object admin.export writes"))
            return plan
        }
        if let format = object["format"], format != "json" {
            plan.problems.append(TransferProblem(path: "\(path).format", reason: "expected \"json\""))
        }
        if let version = object["version"], version != JSONValue(formatVersion) {
            plan.problems.append(TransferProblem(path: "\(path).version", reason: "this server reads version \(formatVersion)"))
        }
        if let settings = object["settings"], !settings.isNull {
            do throws(CodecError) {
                let decoded = try RecordCodec.decodeSettings(settings, path: "\(path).settings")
                plan.settings = decoded == state.settings ? nil : decoded
            } catch {
                plan.problems.append(TransferProblem(path: error.path, reason: error.reason))
            }
        }
        guard let records = object["records"]?.objectValue else {
            plan.problems.append(TransferProblem(path: "\(path).records", reason: "expected an object of record arrays"))
            return plan
        }
        let known = Set(sections.map(\.name))
        for key in records.keys where !known.contains(key) {
            plan.problems.append(TransferProblem(path: "\(path).records.\(key)", reason: "not a record section (\(sections.map(\.name).joined(separator: ", ")))"))
        }
        var seen: [RecordID: String] = [:]
        let total = sections.reduce(0) { $0 + (records[$1.name]?.arrayValue?.count ?? 0) }
        var done = 0
        let replaceable = bootstrapAdmin(of: state)
        for section in sections {
            guard let value = records[section.name], !value.isNull else { continue }
            guard let elements = value.arrayValue else {
                plan.problems.append(TransferProblem(path: "\(path).records.\(section.name)", reason: "expected an array"))
                continue
            }
            for (index, element) in elements.enumerated() {
                let elementPath = "\(path).records.\(section.name)[\(index)]"
                done += 1
                progress(done, total)
                let record: AnyRecord
                do throws(CodecError) {
                    record = try RecordCodec.decodeRecord(element, path: elementPath)
                } catch {
                    plan.problems.append(TransferProblem(path: error.path, reason: error.reason))
                    continue
                }
                if record.id.kind != section.kind {
                    plan.problems.append(TransferProblem(path: "\(elementPath).id", reason: "\(record.id) is not a \(section.kind.rawValue) id"))
                } else if let first = seen[record.id] {
                    plan.problems.append(TransferProblem(path: "\(elementPath).id", reason: "\(record.id) also appears at \(first)"))
                } else if let existing = state.anyRecord(record.id), existing != record, record.id != replaceable {
                    plan.problems.append(TransferProblem(path: "\(elementPath).id", reason: "\(record.id) already exists in this store", isConflict: true))
                } else if state.anyRecord(record.id) == record {
                    seen[record.id] = elementPath  // already here, exactly: nothing to write
                    plan.unchanged += 1
                } else {
                    seen[record.id] = elementPath
                    plan.records.append(record)
                }
            }
        }
        plan.problems += TransferReferences.dangling(in: plan.records, paths: seen, state: state)
        plan.problems += TransferUniqueKeys.conflicts(in: plan.records, paths: seen, state: state)
        return plan
    }

    /// The id of the bootstrap admin when the store holds nothing else, else nil.
    static func bootstrapAdmin(of state: CRMState) -> RecordID? {
        guard state.users.count == 1, let admin = state.users.values.first, admin.handle == "admin" else { return nil }
        let others = state.recordCounts.filter { $0.key != .user }.values.reduce(0, +)
        return others == 0 ? admin.id : nil
    }
}

/// What an import would add: records (in apply order) and settings, or the problems that stop it.
public struct ImportPlan: Sendable {
    public var records: [AnyRecord] = []
    public var settings: Settings?
    public var problems: [TransferProblem] = []
    /// Records the store already holds exactly as the document has them (not written again).
    public var unchanged = 0

    /// The one change set that applies the whole import (all or nothing, one journal record).
    public func changeSet(seq: Int, at: Timestamp, actorId: RecordID, operation: String = "admin.import") -> ChangeSet {
        ChangeSet(seq: seq, at: at, actorId: actorId, operation: operation,
                  changes: (settings.map { [RecordChange.settings($0)] } ?? []) + records.map(RecordChange.upsert))
    }
}

/// One reason an import document is refused, at a JSON path into it.
public struct TransferProblem: Hashable, Sendable {
    public var path: String
    public var reason: String
    /// The id is already taken in the store (409), rather than the document being malformed.
    public var isConflict: Bool

    public init(path: String, reason: String, isConflict: Bool = false) {
        self.path = path
        self.reason = reason
        self.isConflict = isConflict
    }
}
