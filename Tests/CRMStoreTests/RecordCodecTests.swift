import CRMCore
import CRMStore
import JSON
import Testing

@Suite("Record codec")
struct RecordCodecTests {
    static let now = Timestamp(rfc3339: "2026-11-22T09:00:00Z")!

    @Test("every change set of the demo data survives encode → text → parse → decode unchanged")
    func demoRoundTrip() throws {
        let demo = try DemoData.state(now: Self.now)
        #expect(demo.changeLog.count > 50)
        var kinds = Set<RecordKind>()
        for changeSet in demo.changeLog {
            let text = RecordCodec.encode(changeSet).jsonText
            let decoded = try RecordCodec.decodeChangeSet(try JSONParser.parse(text))
            #expect(decoded == changeSet, "change set \(changeSet.seq) (\(changeSet.operation))")
            for case .upsert(let record) in changeSet.changes { kinds.insert(record.id.kind) }
        }
        #expect(kinds == Set(RecordKind.allCases), "the demo should exercise every record type")
    }

    @Test("replaying the decoded change log rebuilds the same tables")
    func replay() throws {
        let demo = try DemoData.state(now: Self.now)
        var rebuilt = CRMState()
        for changeSet in demo.changeLog {
            rebuilt.apply(try RecordCodec.decodeChangeSet(try JSONParser.parse(RecordCodec.encode(changeSet).bytes)))
        }
        #expect(rebuilt.users == demo.users)
        #expect(rebuilt.leads == demo.leads)
        #expect(rebuilt.accounts == demo.accounts)
        #expect(rebuilt.contacts == demo.contacts)
        #expect(rebuilt.opportunities == demo.opportunities)
        #expect(rebuilt.licenses == demo.licenses)
        #expect(rebuilt.quotas == demo.quotas)
        #expect(rebuilt.notes == demo.notes)
        #expect(rebuilt.settings == demo.settings)
        #expect(rebuilt.lastSequence == demo.lastSequence)
    }

    @Test("amounts are written with exact two-decimal text")
    func exactMoney() throws {
        let demo = try DemoData.state(now: Self.now)
        let deal = try #require(demo.opportunities.values.first)
        let encoded = RecordCodec.encode(.opportunity(deal))
        #expect(encoded["acv"]?.numberValue?.text.hasSuffix(String(format: ".%02lld", deal.acv.cents % 100)) == true)
        #expect(encoded["acv"]?.numberValue?.scaledInteger(decimals: 2) == deal.acv.cents)
    }

    @Test("a damaged record names the member that failed", arguments: [
        (#"{"id":"lead_1","name":"A","status":"maybe"}"#, "$.status"),
        (#"{"id":"nope_1"}"#, "$.id"),
        (#"{"id":"opp_1","currency":"XXQ"}"#, "$.currency"),
    ])
    func damage(json: String, path: String) throws {
        do {
            _ = try RecordCodec.decodeRecord(try JSONParser.parse(json))
            Issue.record("decoded a damaged record")
        } catch let error as CodecError {
            #expect(error.path == path)
        }
    }
}
