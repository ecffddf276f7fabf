extension CRMState {
    /// `note.create {recordId, text}`: a timeline entry on any record the acting user can read.
    public func createNote(on recordId: RecordID, text: String, _ context: OperationContext) throws(CRMError) -> Planned<Note> {
        let viewer = try viewer(context.actorId)
        _ = try readable(recordId, viewer)
        var checks = FieldChecks()
        if recordId.kind == .note { checks.add("note.recordId", .notAllowed) }
        let body = checks.name(text, "note.text", max: 20_000)
        try checks.throwIfAny()
        let note = Note(id: nextID(.note), recordId: recordId, authorId: viewer.id, at: context.now, text: body)
        return Planned(value: note, changeSet: makeChangeSet("note.create", context, [.upsert(.note(note))]))
    }

    /// `note.update {id, text}`: the author (or an admin) only.
    public func updateNote(_ id: RecordID, text: String, ifVersion: Int? = nil,
                           _ context: OperationContext) throws(CRMError) -> Planned<Note> {
        let viewer = try viewer(context.actorId)
        guard id.kind == .note, case .note(let current) = try writable(id, viewer, action: "note.update") else {
            throw .notFound(type: .note, id: id.description)
        }
        try checkVersion(ifVersion, current.version)
        var checks = FieldChecks()
        var note = current
        note.text = checks.name(text, "note.text", max: 20_000)
        try checks.throwIfAny()
        guard note != current else { return Planned(value: current, changeSet: makeChangeSet("note.update", context, [])) }
        let changed = note.touched(at: context.now)
        return Planned(value: changed, changeSet: makeChangeSet("note.update", context, [.upsert(.note(changed))]))
    }

    /// The timeline of a record: its unarchived notes, newest first.
    public func notes(on recordId: RecordID, by actorId: RecordID) throws(CRMError) -> [Note] {
        let viewer = try viewer(actorId)
        _ = try readable(recordId, viewer)
        return timeline(of: recordId)
    }

    func timeline(of recordId: RecordID) -> [Note] {
        (notesByRecord[recordId] ?? []).compactMap { notes[$0] }.filter { !$0.archived }
            .sorted { ($0.at, $1.id) > ($1.at, $0.id) }
    }
}
