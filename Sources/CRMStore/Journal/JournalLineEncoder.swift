import CRMCore
import JSON

/// Writes change sets as framed journal lines: the bytes of `RecordCodec.write` followed by
/// `JournalLine.frameInPlace`, faster for the change sets nearly every write makes.
///
/// A change set of leads, accounts and contacts whose text needs no escaping (lead.create,
/// account.update, …) is written in one stretch through a `StoredTextCursor`: keys as prebuilt
/// runs, times through this encoder's `RFC3339TextCache`, the checksum over the bytes just written. Anything else (other records,
/// settings, text to escape, text too long for the room) goes the general way; both give the
/// same bytes (`JournalLineEncoderTests`). One encoder per thread: the time cache is its own.
struct JournalLineEncoder {
    private var times = RFC3339TextCache()

    /// The most the fixed pieces of a line can take between two text pieces (or before the first,
    /// or after the last): a lead's keys, ids, times and numbers are under 900 bytes, and the
    /// change set's own members and the line's ending are less.
    static let slack = 1024
    /// Room asked for at least; a larger buffer's whole spare capacity is used.
    static let minimumRoom = 4 * slack

    mutating func append(_ changeSet: ChangeSet, to writer: inout JSONWriter) {
        if appendPlainRecords(changeSet, to: &writer) { return }
        let start = writer.count
        RecordCodec.write(changeSet, to: &writer)
        JournalLine.frameInPlace(objectFrom: start, in: &writer)
    }

    /// Writes the line when every change is a lead, an account or a contact and no text needs
    /// escaping or overflows the room; otherwise writes nothing (the room is only counted as
    /// written at the end) and returns false.
    private mutating func appendPlainRecords(_ changeSet: ChangeSet, to writer: inout JSONWriter) -> Bool {
        guard writer.indent == nil else { return false }
        var cursor = StoredTextCursor(writer.appendRoom(atLeast: Self.minimumRoom), slack: Self.slack)
        let start = cursor.position
        cursor.put(#"{"seq":"#)
        cursor.putDigits(changeSet.seq)
        cursor.put(#","at":"#)
        cursor.putQuoted(changeSet.at, &times)
        cursor.put(#","user":"#)
        cursor.putQuoted(changeSet.actorId)
        cursor.put(#","method":"#)
        guard cursor.putQuoted(changeSet.operation) else { return false }
        cursor.put(#","changes":["#)
        var first = true
        for index in changeSet.changes.indices {
            guard case .upsert(let record) = changeSet.changes[index], cursor.hasSlack else { return false }
            cursor.put(first ? #"{"record":"# : #",{"record":"#)
            first = false
            let written: Bool
            switch record {
            case .lead(let lead): written = cursor.putLead(lead, &times)
            case .account(let account): written = cursor.putAccount(account, &times)
            case .contact(let contact): written = cursor.putContact(contact, &times)
            default: written = false  // other records go the general way
            }
            guard written else { return false }
            cursor.put(UInt8(ascii: "}"))
        }
        // The object's closing brace is left out: the checksum covers the line up to its trailer.
        cursor.put(UInt8(ascii: "]"))
        let bodyLength = cursor.position - start
        JournalLine.writeTrailer(crc: CRC32.checksum(UnsafeRawBufferPointer(start: start, count: bodyLength)), at: cursor.position)
        writer.didAppend(bodyLength + JournalLine.trailerLength + 1)
        return true
    }
}
