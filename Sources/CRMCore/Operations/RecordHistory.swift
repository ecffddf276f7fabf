/// One change to a record: who, when, by which method, and the record as it was after it.
public struct HistoryEntry: Hashable, Sendable {
    public var seq: Int
    public var at: Timestamp
    public var actorId: RecordID
    public var operation: String
    public var record: AnyRecord
}

extension CRMState {
    /// `record.history {id}`: every change to a visible record, oldest first.
    public func history(of id: RecordID, by actorId: RecordID) throws(CRMError) -> [HistoryEntry] {
        let viewer = try viewer(actorId)
        _ = try readable(id, viewer)
        return (historyIndex[id] ?? HistoryPositions.none).flatMap { index -> [HistoryEntry] in
            let changeSet = changeLog[index]
            return changeSet.changes.compactMap { change in
                guard case .upsert(let record) = change, record.id == id else { return nil }
                return HistoryEntry(seq: changeSet.seq, at: changeSet.at, actorId: changeSet.actorId,
                                    operation: changeSet.operation, record: record)
            }
        }
    }
}
