import CloverServer
import JSONRPC
import Testing

/// `admin.import` of CSV rows: spreadsheet quoting, mapping, per-row reports by line, all or nothing.
@Suite("Admin import (CSV)")
struct AdminCSVImportTests {
    /// A spreadsheet export: BOM, CRLF, Korean, a quoted comma, a note spanning two lines, a column to ignore.
    static let spreadsheet = "\u{FEFF}Full name,회사,Memo,Row\r\n"
        + "\"Cho, Mina\",무신사,\"first line\r\nsecond, with \"\"quotes\"\"\",1\r\n"
        + "이도윤,\"Kakao, Inc.\",,2\r\n"
        + "Jun Lee,,plain,3\r\n"
    static let mapping: JSONValue = ["Full name": "name", "회사": "company", "Memo": "notes", "Row": nil]

    @Test("the happy path: mapped columns, BOM, Korean, quoted commas and line breaks")
    func happyPath() throws {
        var session = try TestSession()
        let report = try session.call("admin.import", ["format": "csv", "object": "lead", "data": .string(Self.spreadsheet), "mapping": Self.mapping])
        #expect(report["imported"] == 3)
        #expect(report["errors"] == [])
        #expect(report["ids"] == ["lead_1", "lead_2", "lead_3"])
        let lead = try session.call("lead.get", ["id": "lead_1"])
        #expect(lead["name"] == "Cho, Mina")
        #expect(lead["company"] == "무신사")
        #expect(lead["notes"] == "first line\r\nsecond, with \"quotes\"")
        #expect(try session.call("lead.get", ["id": "lead_2"])["company"] == "Kakao, Inc.")
        let first = try session.call("record.history", ["id": "lead_1"])["entries"]?.arrayValue?.first
        let last = try session.call("record.history", ["id": "lead_3"])["entries"]?.arrayValue?.first
        #expect(first?["operation"] == "admin.import.csv")
        #expect(first?["seq"] != nil && first?["seq"] == last?["seq"], "one change set for the whole import")
    }

    static let withBadRows = "name,email,source\r\n"
        + "Good One,good@example.com,event\r\n"
        + "\"Bad\r\nEmail\",not-an-email,event\r\n"  // starts on line 3
        + ",nobody@example.com,referral\r\n"        // line 5: no name
        + "Good Two,,nonsense\r\n"                  // line 6: not a source
        + "Good Three,,\r\n"

    @Test("every bad row is reported with the line it starts on, and nothing is imported")
    func badRows() throws {
        var session = try TestSession()
        let report = try session.call("admin.import", ["format": "csv", "object": "lead", "data": .string(Self.withBadRows)])
        let errors = try #require(report["errors"]?.arrayValue)
        #expect(errors.map { $0["line"] } == [3, 5, 6])
        #expect(errors.map { $0["path"] } == ["$.email", "$.name", "$.source"])
        #expect(report["imported"] == 0 && report["ids"] == [])
        #expect(try session.call("lead.list")["total"] == 0)
    }

    @Test("skipBadRows imports the good rows and counts the rest")
    func skipBadRows() throws {
        var session = try TestSession()
        let report = try session.call("admin.import", ["format": "csv", "object": "lead", "data": .string(Self.withBadRows), "skipBadRows": true])
        #expect(report["imported"] == 2)
        #expect(report["skipped"] == 3)
        #expect(report["errors"]?.arrayValue?.count == 3)
        #expect(try session.call("lead.list")["total"] == 2)
    }

    @Test("dryRun reports what would happen and changes nothing")
    func dryRun() throws {
        var session = try TestSession()
        let report = try session.call("admin.import", ["format": "csv", "object": "lead", "data": .string(Self.spreadsheet),
                                                       "mapping": Self.mapping, "dryRun": true])
        #expect(report["dryRun"] == true && report["imported"] == 3)
        #expect(try session.call("lead.list")["total"] == 0)
        #expect(try session.call("lead.create", ["name": "Real"])["id"] == "lead_1")
    }

    @Test("unknown columns and mapping mistakes are reported on the header line")
    func header() throws {
        var session = try TestSession()
        let report = try session.call("admin.import", ["format": "csv", "object": "lead", "data": "name,colour\nX,red\n",
                                                       "mapping": ["Nope": "name"]])
        #expect(report["errors"]?.arrayValue?.map { $0["line"] } == [1, 1])
        #expect(report["imported"] == 0)
    }

    @Test("what a CSV export writes, a CSV import reads (contacts of the demo, as a dry run)")
    func exportReadsBack() throws {
        var session = try TestSession.demo()
        let export = try session.call("admin.export", ["format": "csv", "object": "contact"])
        #expect(export["header"]?.arrayValue?.first == "id")
        let report = try session.call("admin.import", ["format": "csv", "object": "contact", "data": export["csv"] ?? .null, "dryRun": true])
        #expect(report["errors"] == [])
        #expect(report["imported"] == export["rows"])
    }

    @Test("opportunities: money and integers from text, validated like opportunity.create")
    func opportunities() throws {
        var session = try TestSession.demo()
        let text = "name,accountId,acv,currency,termYears,stage\nBig deal,acct_1,1234.50,USD,2,proposal\nBad deal,acct_1,12.345,USD,11,proposal\n"
        let report = try session.call("admin.import", ["format": "csv", "object": "opportunity", "data": .string(text), "skipBadRows": true])
        #expect(report["imported"] == 1)
        #expect(report["errors"]?.arrayValue?.map { $0["path"] } == ["$.acv", "$.termYears"])
        let id = try #require(report["ids"]?.arrayValue?.first)
        #expect(try session.call("opportunity.get", ["id": id])["acv"]?.numberValue?.text == "1234.50")
    }

    @Test("a 2,500-row import sends admin.progress at 1,000, 2,000 and 2,500")
    func progress() throws {
        var session = try TestSession()
        var text = "name,company\n"
        for row in 1...2_500 { text += "Lead \(row),회사 \(row)\n" }
        let report = try session.call("admin.import", ["format": "csv", "object": "lead", "data": .string(text)])
        #expect(report["imported"] == 2_500)
        let progress = session.notifications.filter { $0["method"] == "admin.progress" }
        #expect(progress.map { $0["params"]?["done"] } == [1_000, 2_000, 2_500])
        #expect(progress.allSatisfy { $0["params"]?["total"] == 2_500 && $0["params"]?["operation"] == "admin.import" })
        #expect(try session.call("lead.list", ["limit": 1])["total"] == 2_500)
    }
}
