import CloverServer
import JSONRPC
import Testing

/// A demo session with one more manager outside every team (`mgr.out`) and, optionally, a set of
/// records owned by `bd.park` whose every text carries the marker `zqx` — so any leak of them to
/// another viewer shows up as that marker in an answer.
struct AccessFixture {
    static let marker = "zqx"
    /// bd.park in the demo.
    static let owner = "user_4"

    var session: TestSession
    /// The hidden records' ids by role: lead, account, contact, opportunity, license, note, quota.
    var ids: [String: String] = [:]

    init(withSecrets: Bool) throws {
        session = try TestSession.demo()
        _ = try session.call("user.create", ["handle": "mgr.out", "name": "Outside Manager", "role": "manager"])
        guard withSecrets else { return }
        let owner = JSONValue.string(Self.owner)
        let lead = try session.call("lead.create", [
            "name": "Zqx Hidden Person", "company": "Zqx Hidden Brand", "email": "zqx.person@zqxhidden.example",
            "status": "qualified", "ownerId": owner,
        ])
        let account = try session.call("account.create", [
            "name": "Zqx Hidden Brand GmbH", "domain": "zqxhidden.example", "ownerId": owner, "plan": "Zqx plan", "seats": 7,
        ])
        let accountId = account["id"] ?? .null
        let contact = try session.call("contact.create", [
            "accountId": accountId, "name": "Zqx Contact", "email": "zqx.contact@zqxhidden.example", "ownerId": owner,
        ])
        let deal = try session.call("opportunity.create", [
            "name": "Zqx Deal", "accountId": accountId, "acv": .number(JSONNumber(units: 777_700, decimals: 2)), "ownerId": owner,
        ])
        let won = try session.call("opportunity.changeStage", ["id": deal["id"] ?? .null, "stage": "won"])
        let licenses = try session.call("license.list", ["filters": [["field": "opportunityId", "op": "eq", "value": won["id"] ?? .null]]])
        let note = try session.call("note.create", ["recordId": lead["id"] ?? .null, "text": "Zqx secret note"])
        let quota = try session.call("quota.create", ["userId": owner, "period": "2027-Q2", "amount": .number(JSONNumber(777))])
        ids = [
            "lead": lead["id"]?.stringValue ?? "", "account": accountId.stringValue ?? "", "contact": contact["id"]?.stringValue ?? "",
            "opportunity": deal["id"]?.stringValue ?? "", "license": licenses["items"]?.arrayValue?.first?["id"]?.stringValue ?? "",
            "note": note["id"]?.stringValue ?? "", "quota": quota["id"]?.stringValue ?? "", "user": Self.owner,
        ]
    }

    mutating func actAs(_ handle: String) throws {
        _ = try session.call("session.setUser", ["user": .string(handle)])
    }

    /// Any answer (result or error) as text, for leak checks.
    mutating func answerText(_ method: String, _ params: JSONObject) throws -> String {
        let request: JSONValue = ["jsonrpc": "2.0", "id": 1, "method": .string(method), "params": .object(params)]
        let answer = try session.send(request.jsonText) ?? .null
        return Self.normalized(answer, method: method)
    }

    /// The answer with what legitimately differs between two otherwise identical sessions masked:
    /// uptime, and the ids a create hands out (the hidden records took some sequence numbers).
    static func normalized(_ answer: JSONValue, method: String) -> String {
        var text = answer.jsonText
        if let range = text.range(of: #""uptimeSeconds":[0-9.e-]+"#, options: .regularExpression) {
            text.replaceSubrange(range, with: "\"uptimeSeconds\":0")
        }
        if method.hasSuffix(".create") || method == "lead.convert" {
            text = text.replacingOccurrences(of: #"(lead|acct|cont|opp|lic|note|quota|user)_[0-9]+"#, with: "$1_#", options: .regularExpression)
        }
        return text
    }
}
