import CRMCore
import CRMStore
import JSONRPC
import Testing
@testable import CloverServer

/// Leads', accounts' and contacts' answers are written by the store's one-stretch writer when they
/// can be; they must be the bytes the member-by-member writer gives, and give way to it whenever
/// they cannot.
@Suite("Record answers")
struct RecordAnswerTests {
    static let now = Timestamp(milliseconds: 1_795_338_000_000)

    static func answers(_ lead: Lead) -> (written: String, byMembers: String) {
        var written = JSONWriter(), byMembers = JSONWriter()
        RecordJSON.write(lead, to: &written)
        RecordJSON.writeMembers(lead, to: &byMembers)
        return (String(decoding: written.bytes, as: UTF8.self), String(decoding: byMembers.bytes, as: UTF8.self))
    }

    @Test("every demo lead, and the demo's converted ones, as written member by member")
    func demoLeads() throws {
        let state = try DemoData.state(now: Self.now)
        var count = 0
        for lead in state.leads.values {
            let (written, byMembers) = Self.answers(lead)
            #expect(written == byMembers)
            // And the one-stretch writer did write it (the demo's text needs no escapes).
            var plain = JSONWriter(), times = RFC3339TextCache()
            #expect(RecordCodec.writePlain(lead, to: &plain, times: &times))
            count += 1
        }
        #expect(count > 10)
    }

    @Test("every demo account and contact, as written member by member")
    func demoAccountsAndContacts() throws {
        let state = try DemoData.state(now: Self.now)
        var accounts = 0, contacts = 0
        for account in state.accounts.values {
            var written = JSONWriter(), byMembers = JSONWriter(), plain = JSONWriter(), times = RFC3339TextCache()
            RecordJSON.write(account, to: &written)
            RecordJSON.writeMembers(account, to: &byMembers)
            #expect(String(decoding: written.bytes, as: UTF8.self) == String(decoding: byMembers.bytes, as: UTF8.self))
            #expect(RecordCodec.writePlain(account, to: &plain, times: &times))
            accounts += 1
        }
        for contact in state.contacts.values {
            var written = JSONWriter(), byMembers = JSONWriter(), plain = JSONWriter(), times = RFC3339TextCache()
            RecordJSON.write(contact, to: &written)
            RecordJSON.writeMembers(contact, to: &byMembers)
            #expect(String(decoding: written.bytes, as: UTF8.self) == String(decoding: byMembers.bytes, as: UTF8.self))
            #expect(RecordCodec.writePlain(contact, to: &plain, times: &times))
            contacts += 1
        }
        #expect(accounts > 5 && contacts > 5)
    }

    @Test("an account with every field, none, and text to escape, as written member by member")
    func unusualAccounts() {
        let full = Account(id: RecordID(kind: .account, sequence: 12), name: "무신사", domain: "musinsa.example", website: "https://musinsa.example",
                           industry: "Fashion & Apparel", country: "KR", ownerId: RecordID(kind: .user, sequence: 2),
                           dniUserId: RecordID(kind: .user, sequence: 3), health: .atRisk, plan: "CLO3D Enterprise", seats: 40,
                           seatsUsed: 0, mau: 1_234_567, painPoints: "느린 샘플링 · 3D", parentAccountId: RecordID(kind: .account, sequence: 1),
                           createdAt: Self.now, updatedAt: Timestamp(milliseconds: Self.now.milliseconds + 86_400_250), version: 7, archived: true)
        let bare = Account(id: RecordID(kind: .account, sequence: 1), name: "A", ownerId: RecordID(kind: .user, sequence: 1), createdAt: Self.now)
        let escaped = Account(id: RecordID(kind: .account, sequence: 2), name: "Say \"hi\"", ownerId: RecordID(kind: .user, sequence: 1), createdAt: Self.now)
        for account in [full, bare, escaped] {
            var written = JSONWriter(), byMembers = JSONWriter()
            RecordJSON.write(account, to: &written)
            RecordJSON.writeMembers(account, to: &byMembers)
            #expect(String(decoding: written.bytes, as: UTF8.self) == String(decoding: byMembers.bytes, as: UTF8.self))
        }
    }

    @Test("all fields, none, Korean, escapes, long text and a different updatedAt", arguments: [
        Lead(id: RecordID(kind: .lead, sequence: 7), name: "Kim Min-ji", company: "무신사", title: "MD", email: "minji@musinsa.example",
             phone: "+82 10", country: "KR", industry: "Fashion & Apparel", source: .referral, status: .converted,
             notes: "회의 · 2차", ownerId: RecordID(kind: .user, sequence: 2), convertedAt: now,
             converted: LeadConversionLinks(accountId: RecordID(kind: .account, sequence: 3), contactId: RecordID(kind: .contact, sequence: 4), opportunityId: nil),
             createdAt: now, updatedAt: Timestamp(milliseconds: now.milliseconds + 1_250), version: 12_345, archived: true),
        Lead(id: RecordID(kind: .lead, sequence: 1), name: "A", ownerId: RecordID(kind: .user, sequence: 1), createdAt: now),
        Lead(id: RecordID(kind: .lead, sequence: 2), name: "Quote \" and back\\slash", notes: "line\nbreak", ownerId: RecordID(kind: .user, sequence: 1), createdAt: now),
        Lead(id: RecordID(kind: .lead, sequence: 3), name: "Long", notes: String(repeating: "긴 메모 ", count: 2_000), ownerId: RecordID(kind: .user, sequence: 1), createdAt: now),
        Lead(id: RecordID(kind: .lead, sequence: 4), name: "Separator \u{2028}", ownerId: RecordID(kind: .user, sequence: 1), createdAt: now),
    ])
    func sameBytes(lead: Lead) {
        let (written, byMembers) = Self.answers(lead)
        #expect(written == byMembers)
        var plain = JSONWriter(), times = RFC3339TextCache()
        let needsTheMemberWriter = [2, 3, 4].contains(lead.id.sequence)  // escapes, very long text
        #expect(RecordCodec.writePlain(lead, to: &plain, times: &times) == !needsTheMemberWriter)
    }

    @Test("inside a list, the commas are where the member-by-member writer puts them")
    func inList() throws {
        let state = try DemoData.state(now: Self.now)
        let leads = Array(state.leads.values.prefix(3))
        var written = JSONWriter(), byMembers = JSONWriter()
        for (writer, fast) in [(0, true), (1, false)] {
            var output = JSONWriter()
            output.beginArray()
            for lead in leads {
                output.nextElement()
                if fast { RecordJSON.write(lead, to: &output) } else { RecordJSON.writeMembers(lead, to: &output) }
            }
            output.endArray()
            if writer == 0 { written = output } else { byMembers = output }
        }
        #expect(written.bytes == byMembers.bytes)
        #expect(try JSONParser.parse(written.bytes).arrayValue?.count == 3)
    }
}
