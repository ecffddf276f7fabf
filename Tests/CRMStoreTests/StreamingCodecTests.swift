import CRMCore
import CRMStore
import JSON
import Testing

@Suite("Streaming change-set encoder")
struct StreamingCodecTests {
    static let now = Timestamp(rfc3339: "2026-11-22T09:00:00.250Z")!

    @Test("every demo change set streams to the same bytes as its JSON value")
    func demoChangeSets() throws {
        let demo = try DemoData.state(now: StoreTests.now)
        for changeSet in demo.changeLog {
            #expect(RecordCodec.bytes(changeSet) == RecordCodec.encode(changeSet).bytes, "change set \(changeSet.seq)")
        }
    }

    @Test("leads with every field, none, escapes, Korean text and conversion links stream identically")
    func unusualLeads() throws {
        let owner = RecordID(kind: .user, sequence: 3)
        let links = LeadConversionLinks(accountId: RecordID(kind: .account, sequence: 9), contactId: RecordID(kind: .contact, sequence: 4),
                                        opportunityId: nil)
        let leads = [
            Lead(id: RecordID(kind: .lead, sequence: 1), name: "plain", ownerId: owner, createdAt: Self.now),
            Lead(id: RecordID(kind: .lead, sequence: 22), name: "김 \"따옴표\" \\ back\nline\u{2028}\u{1}", company: "Ｎｉｋｅ",
                 title: "CEO", email: "a@b.example", phone: "+82 10", country: "KR", industry: "패션", source: .coldOutreach,
                 status: .converted, disqualifiedReason: "none", notes: "tab\there", ownerId: owner, convertedAt: Self.now,
                 converted: links, createdAt: Self.now, updatedAt: Self.now.adding(milliseconds: 1), version: 12, archived: true),
        ]
        for lead in leads {
            let changeSet = ChangeSet(seq: 1_234_567, at: Self.now, actorId: owner, operation: "lead.convert",
                                      changes: [.upsert(.lead(lead)), .settings(Settings())])
            #expect(RecordCodec.bytes(changeSet) == RecordCodec.encode(changeSet).bytes)
        }
    }
}
