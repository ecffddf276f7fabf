import CRMCore
@testable import CRMStore
import JSON
import Testing

@Suite("Journal line encoder")
struct JournalLineEncoderTests {
    /// The line the general path writes: the streamed record, framed where it stands.
    static func generalLine(_ changeSet: ChangeSet) -> [UInt8] {
        var writer = JSONWriter()
        RecordCodec.write(changeSet, to: &writer)
        JournalLine.frameInPlace(objectFrom: 0, in: &writer)
        return writer.bytes
    }

    /// Lines written one after another by one encoder (so its time cache carries over) into a
    /// writer that starts with `capacity`, compared line by line with the general path's.
    static func expectSameLines(_ changeSets: [ChangeSet], capacity: Int = 0) {
        var encoder = JournalLineEncoder()
        var writer = JSONWriter(capacity: capacity)
        var expected: [UInt8] = []
        for changeSet in changeSets {
            encoder.append(changeSet, to: &writer)
            expected += generalLine(changeSet)
        }
        #expect(writer.bytes == expected)
    }

    static let now = Timestamp(rfc3339: "2026-11-22T09:00:00Z")!
    static let owner = RecordID(kind: .user, sequence: 1)

    static func lead(_ number: Int, name: String, notes: String? = nil, at time: Timestamp) -> Lead {
        Lead(id: RecordID(kind: .lead, sequence: number), name: name, company: "Company \(number % 977)", email: "lead\(number)@bench.example",
             source: .inbound, notes: notes, ownerId: owner, createdAt: time)
    }

    static func create(_ lead: Lead, seq: Int) -> ChangeSet {
        ChangeSet(seq: seq, at: lead.createdAt, actorId: owner, operation: "lead.create", changes: [.upsert(.lead(lead))])
    }

    @Test("lead.create lines within a second, across seconds and with milliseconds match the general path")
    func leadCreates() {
        let changeSets = (1...3000).map { number in
            Self.create(Self.lead(number, name: "Lead \(number)", at: Self.now.adding(milliseconds: Int64(number * 7))), seq: number)
        }
        Self.expectSameLines(changeSets)
    }

    @Test("leads with every field, escapes, non-ASCII text and conversion links match the general path")
    func unusualLeads() {
        let links = LeadConversionLinks(accountId: RecordID(kind: .account, sequence: 9), contactId: RecordID(kind: .contact, sequence: 4),
                                        opportunityId: nil)
        let full = Lead(id: RecordID(kind: .lead, sequence: 22), name: "김 패션 Ｎｉｋｅ", company: "Café", title: "CEO", email: "a@b.example",
                        phone: "+82 10", country: "KR", industry: "패션", source: .coldOutreach, status: .converted, disqualifiedReason: "none",
                        notes: "long enough to take the word loop", ownerId: Self.owner, convertedAt: Self.now.adding(milliseconds: -1),
                        converted: links, createdAt: Self.now, updatedAt: Self.now.adding(milliseconds: 1), version: 12, archived: true)
        var escaped = full
        escaped.notes = "tab\there \"quoted\" \\ \u{2028}"
        let changeSets = [
            ChangeSet(seq: 1, at: Self.now, actorId: Self.owner, operation: "lead.convert", changes: [.upsert(.lead(full)), .upsert(.lead(full))]),
            ChangeSet(seq: 2, at: Self.now, actorId: Self.owner, operation: "lead.update", changes: [.upsert(.lead(escaped))]),
            ChangeSet(seq: 3, at: Self.now, actorId: Self.owner, operation: "lead \"odd\"", changes: [.upsert(.lead(full))]),
            ChangeSet(seq: 4, at: Self.now, actorId: Self.owner, operation: "lead.convert", changes: [.upsert(.lead(full)), .settings(Settings())]),
            ChangeSet(seq: 5, at: Self.now, actorId: Self.owner, operation: "empty", changes: []),
        ]
        Self.expectSameLines(changeSets)
    }

    @Test("text longer than the room the writer has goes the general way and matches")
    func textLongerThanTheRoom() {
        let long = String(repeating: "notes ", count: 3000)
        let changeSets = (1...20).map { number in
            Self.create(Self.lead(number, name: "Lead \(number)", notes: number % 3 == 0 ? long : nil, at: Self.now), seq: number)
        }
        Self.expectSameLines(changeSets, capacity: 64)
        Self.expectSameLines(changeSets, capacity: 1 << 16)
    }

    @Test("random change sets of every record kind match the general path")
    func randomChangeSets() {
        var generator = SeededGenerator(seed: 31)
        Self.expectSameLines((1...500).map { RandomRecords.changeSet(&generator, seq: $0) })
    }

    @Test("a lead line reads back as the change set it was written from")
    func roundTrip() throws {
        let changeSet = Self.create(Self.lead(5, name: "Lead 5", at: Self.now.adding(milliseconds: 250)), seq: 5)
        var encoder = JournalLineEncoder()
        var writer = JSONWriter()
        encoder.append(changeSet, to: &writer)
        let line = writer.bytes
        let object = try #require(JournalLine.unframe(line.dropLast()))
        #expect(try RecordCodec.decodeChangeSet(JSONParser.parse(object)) == changeSet)
    }
}
