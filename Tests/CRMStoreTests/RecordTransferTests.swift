import CRMCore
import CRMStore
import JSON
import Testing

@Suite("Record transfer (admin.export JSON document)")
struct RecordTransferTests {
    static let now = Timestamp(rfc3339: "2026-11-22T09:00:00Z")!
    static let later = Timestamp(rfc3339: "2026-11-23T10:00:00Z")!

    static func imported(_ document: JSONObject, into state: CRMState) -> (CRMState, ImportPlan) {
        var state = state
        let plan = RecordTransfer.plan(.object(document), against: state)
        if plan.problems.isEmpty {
            state.apply(plan.changeSet(seq: state.lastChangeSeq + 1, at: later, actorId: RecordID(kind: .user, sequence: 1)))
        }
        return (state, plan)
    }

    @Test("demo → export → import into a fresh store → export gives the same records and settings")
    func roundTrip() throws {
        let demo = try DemoData.state(now: Self.now)
        let document = RecordTransfer.exportDocument(demo, includeArchived: true, exportedAt: Self.now)
        let text = JSONValue.object(document).jsonText
        let parsed = try JSONParser.parse(text)
        let (copy, plan) = Self.imported(try #require(parsed.objectValue), into: .bootstrapped(at: Self.later))
        #expect(plan.problems == [])
        let again = RecordTransfer.exportDocument(copy, includeArchived: true, exportedAt: Self.now)
        #expect(again["records"] == document["records"])
        #expect(again["settings"] == document["settings"])
        for kind in RecordKind.allCases {
            #expect(copy.lastSequence[kind] == demo.lastSequence[kind], "\(kind)")
        }
    }

    @Test("ids already in the store are refused, every one with its path, and nothing is planned")
    func conflicts() throws {
        let demo = try DemoData.state(now: Self.now)
        var changed = demo
        let lead = try #require(RecordTransfer.records(.lead, in: demo, includeArchived: true).first)
        guard case .lead(var edited) = lead else { Issue.record("not a lead"); return }
        edited.name = "Someone else"
        edited.version += 1
        changed.apply(ChangeSet(seq: demo.lastChangeSeq + 1, at: Self.later, actorId: edited.ownerId, operation: "lead.update",
                                changes: [.upsert(.lead(edited))]))
        let document = RecordTransfer.exportDocument(demo, includeArchived: true, exportedAt: Self.now)
        let plan = RecordTransfer.plan(.object(document), against: changed)
        #expect(plan.problems == [TransferProblem(path: "$.records.leads[0].id", reason: "\(lead.id) already exists in this store", isConflict: true)])
    }

    @Test("a user whose handle another user holds is a conflict")
    func handles() {
        let admin: JSONValue = ["id": "user_1", "handle": "admin", "name": "Admin", "email": nil, "role": "admin", "managerId": nil,
                                "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z", "version": 1, "archived": false]
        let other: JSONValue = ["id": "user_99", "handle": "ADMIN", "name": "Another", "email": nil, "role": "bd", "managerId": nil,
                                "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z", "version": 1, "archived": false]
        let document: JSONObject = ["format": "json", "version": 1, "records": ["users": [admin, other]]]
        let fresh = CRMState.bootstrapped(at: Self.later)
        let plan = RecordTransfer.plan(.object(document), against: fresh)
        #expect(plan.problems.map(\.path) == ["$.records.users[1].handle"])
    }

    @Test("a second live quota for the same subject, period and currency is a conflict")
    func quotas() throws {
        let demo = try DemoData.state(now: Self.now)
        let document = RecordTransfer.exportDocument(demo, includeArchived: true, exportedAt: Self.now)
        var quota = try #require(document["records"]?["quotas"]?.arrayValue?.first?.objectValue)
        quota["id"] = "quota_99"
        let plan = RecordTransfer.plan(["format": "json", "version": 1, "records": ["quotas": [.object(quota)]]], against: demo)
        #expect(plan.problems.map(\.path) == ["$.records.quotas[0].period"])
        #expect(plan.problems.first?.isConflict == true)
    }

    @Test("malformed records and unknown sections are all reported together")
    func problems() {
        let document: JSONObject = [
            "format": "json", "version": 1,
            "records": ["leads": [["id": "account_9"], ["id": "lead_1", "name": 3]], "widgets": []],
        ]
        let plan = RecordTransfer.plan(.object(document), against: .bootstrapped(at: Self.now))
        #expect(plan.problems.map(\.path) == ["$.records.widgets", "$.records.leads[0].id", "$.records.leads[1].name"])
        #expect(plan.records.isEmpty)
    }
}
