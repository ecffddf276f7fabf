/// Free text on any record: the activity timeline. Visible to whoever can read the record.
public struct Note: CRMRecord {
    public static let kind = RecordKind.note
    public let id: RecordID
    public var recordId: RecordID
    public var authorId: RecordID
    public var at: Timestamp
    public var text: String
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var version: Int
    public var archived: Bool

    public init(id: RecordID, recordId: RecordID, authorId: RecordID, at: Timestamp, text: String,
                createdAt: Timestamp? = nil, updatedAt: Timestamp? = nil, version: Int = 1, archived: Bool = false) {
        self.id = id
        self.recordId = recordId
        self.authorId = authorId
        self.at = at
        self.text = text
        self.createdAt = createdAt ?? at
        self.updatedAt = updatedAt ?? at
        self.version = version
        self.archived = archived
    }

    public var accessOwner: RecordID? { nil }
    public static var table: KeyPath<CRMState, RecordTable<Note>> { \.notes }
    public var erased: AnyRecord { .note(self) }

    public static let fieldSpecs: [FieldSpec] = FieldSpec.common + [
        FieldSpec("recordId", .id), FieldSpec("authorId", .id), FieldSpec("at", .timestamp), FieldSpec("text", .string),
    ]

    public func field(_ name: String) -> FieldValue? {
        switch name {
        case "recordId": FieldValue(recordId)
        case "authorId": FieldValue(authorId)
        case "at": .timestamp(at)
        case "text": .string(text)
        default: commonField(name)
        }
    }
}
