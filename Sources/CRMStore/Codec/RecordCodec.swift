import CRMCore
import JSON

/// The stored form of records and change sets: what the journal and snapshots hold and what
/// `admin.export` writes. Decoding restores every field exactly (ids, times, versions, stage
/// history), so replaying a journal rebuilds the same state.
public enum RecordCodec {
    public static func encode(_ record: AnyRecord) -> JSONObject {
        switch record {
        case .user(let user): encode(user)
        case .lead(let lead): encode(lead)
        case .account(let account): encode(account)
        case .contact(let contact): encode(contact)
        case .opportunity(let deal): encode(deal)
        case .license(let license): encode(license)
        case .quota(let quota): encode(quota)
        case .note(let note): encode(note)
        }
    }

    /// Decodes a record whose type is given by its id's prefix.
    public static func decodeRecord(_ value: JSONValue, path: String = "$") throws(CodecError) -> AnyRecord {
        let reader = try FieldReader(value, path: path)
        switch try reader.id("id").kind {
        case .user: return .user(try decodeUser(reader))
        case .lead: return .lead(try decodeLead(reader))
        case .account: return .account(try decodeAccount(reader))
        case .contact: return .contact(try decodeContact(reader))
        case .opportunity: return .opportunity(try decodeOpportunity(reader))
        case .license: return .license(try decodeLicense(reader))
        case .quota: return .quota(try decodeQuota(reader))
        case .note: return .note(try decodeNote(reader))
        }
    }

    public static func encode(_ settings: Settings) -> JSONObject {
        [
            "baseCurrency": .string(settings.baseCurrency.code), "fiscalYearStartMonth": JSONValue(settings.fiscalYearStartMonth),
            "timezone": .string(settings.timezone), "updatedAt": JSONValue(settings.updatedAt), "version": JSONValue(settings.version),
        ]
    }

    public static func decodeSettings(_ value: JSONValue, path: String = "$") throws(CodecError) -> Settings {
        let reader = try FieldReader(value, path: path)
        return try Settings(baseCurrency: reader.currency("baseCurrency"), fiscalYearStartMonth: reader.int("fiscalYearStartMonth"),
                            timezone: reader.string("timezone"), updatedAt: reader.timestamp("updatedAt"), version: reader.int("version"))
    }

    /// `{"seq","at","user","method","changes":[{"record":{…}} | {"settings":{…}}]}`: one journal record.
    public static func encode(_ changeSet: ChangeSet) -> JSONValue {
        let changes = changeSet.changes.map { change -> JSONValue in
            switch change {
            case .upsert(let record): ["record": .object(encode(record))]
            case .settings(let settings): ["settings": .object(encode(settings))]
            }
        }
        return [
            "seq": JSONValue(changeSet.seq), "at": JSONValue(changeSet.at), "user": JSONValue(changeSet.actorId),
            "method": .string(changeSet.operation), "changes": .array(changes),
        ]
    }

    public static func decodeChangeSet(_ value: JSONValue, path: String = "$") throws(CodecError) -> ChangeSet {
        let reader = try FieldReader(value, path: path)
        var changes: [RecordChange] = []
        for (index, element) in try reader.array("changes").enumerated() {
            let change = try FieldReader(element, path: "\(path).changes[\(index)]")
            if let record = change.object["record"] {
                changes.append(.upsert(try decodeRecord(record, path: "\(change.path).record")))
            } else if let settings = change.object["settings"] {
                changes.append(.settings(try decodeSettings(settings, path: "\(change.path).settings")))
            } else {
                throw CodecError(change.path, "expected a record or settings change")
            }
        }
        return try ChangeSet(seq: reader.int("seq"), at: reader.timestamp("at"), actorId: reader.id("user"),
                             operation: reader.string("method"), changes: changes)
    }

    // MARK: Shared members

    static func common(_ id: RecordID) -> JSONObject {
        ["id": JSONValue(id)]  // the record type is the id prefix; opportunities own a `type` field
    }

    static func finish(_ object: JSONObject, _ createdAt: Timestamp, _ updatedAt: Timestamp, _ version: Int, _ archived: Bool) -> JSONObject {
        var object = object
        object.append("createdAt", JSONValue(createdAt))
        object.append("updatedAt", JSONValue(updatedAt))
        object.append("version", JSONValue(version))
        object.append("archived", .bool(archived))
        return object
    }
}
