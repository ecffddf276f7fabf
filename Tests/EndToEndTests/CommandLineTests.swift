import Foundation
import JSONRPC
import Testing

/// The command line as a shell script uses it.
@Suite("Command line")
struct CommandLineTests {
    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    func run(_ arguments: [String]) throws -> Run {
        let server = try ServerProcess(arguments)
        server.closeInput()
        let output = server.readRemainingLines().joined(separator: "\n")
        let errors = server.standardError()
        let status = try #require(server.waitForExit())
        return Run(status: status, output: output, errors: errors)
    }

    @Test("a bad flag: clear message on stderr, nothing on stdout, exit 64", arguments: [
        ["--bogus"], ["--locale", "fr"], ["--max-line-bytes", "ten"], ["--now", "yesterday"], ["--in-memory", "--data-dir", "/tmp/x"],
        ["--user"], ["frobnicate"], ["call"], ["--log-level=loud"], ["--durability", "sometimes"],
    ])
    func badFlags(arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(result.errors.hasPrefix("clover-crm: "))
        #expect(result.errors.contains("usage: clover-crm"))
    }

    @Test("a misspelt flag gets a suggestion")
    func suggestion() throws {
        #expect(try run(["--in-memroy"]).errors.contains("did you mean --in-memory?"))
    }

    @Test("--help and --version print to stdout and exit 0")
    func helpAndVersion() throws {
        let help = try run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("call METHOD [PARAMS]"))
        let version = try run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.hasPrefix("clover-crm "))
    }

    @Test("call prints the result on stdout and exits 0")
    func callSucceeds() throws {
        let result = try run(["--in-memory", "--now", "2026-11-22T09:00:00Z", "call", "server.info"])
        #expect(result.status == 0)
        let info = try JSONParser.parse(result.output)
        #expect(info["now"] == "2026-11-22T09:00:00Z")
        #expect(info["dataDir"] == .null)
    }

    @Test("call with --pretty indents the result")
    func callPretty() throws {
        let result = try run(["--in-memory", "call", "session.configure", #"{"locale":"ko"}"#, "--pretty"])
        #expect(result.output == "{\n  \"locale\": \"ko\"\n}")
    }

    @Test("call errors go to stderr with an exit code for their kind", arguments: [
        (["call", "no.such"], Int32(2), "method_not_found"),
        (["call", "session.configure", #"{"locale":"fr"}"#], 2, "invalid_params"),
        (["call", "session.configure", "{nope"], 2, "PARAMS_JSON is not valid JSON"),
        (["call", "session.configure", "5"], 2, "PARAMS_JSON must be a JSON object or array"),
    ])
    func callErrors(arguments: [String], status: Int32, kind: String) throws {
        let result = try run(["--in-memory"] + arguments)
        #expect(result.status == status)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains(kind))
    }
}

extension CommandLineTests {
    @Test("a missing glossary bundle stops start-up (exit 70) naming where it looked; a present one loads on first use")
    func glossaryBundle() throws {
        let missing = try ServerProcess(["--in-memory"], environment: ["CLOVER_CRM_GLOSSARY_DIR": "/nonexistent/glossary"])
        missing.closeInput()
        #expect(missing.waitForExit() == 70)
        #expect(missing.standardError().contains("glossary bundle not found; tried: /nonexistent/glossary"))

        let server = try ServerProcess(["--in-memory"])
        server.send(#"{"jsonrpc":"2.0","id":1,"method":"glossary.lookup","params":{"term":"ACV","lang":"en"}}"#)
        #expect(try server.readJSON()["result"]?["entry"]?["id"] == "acv")
        server.closeInput()
        #expect(server.waitForExit() == 0)
    }
}

extension CommandLineTests {
    func run(_ arguments: [String], shellPrefix: String) throws -> Run {
        let server = try ServerProcess(arguments, shellPrefix: shellPrefix)
        server.closeInput()
        let output = server.readRemainingLines().joined(separator: "\n")
        let errors = server.standardError()
        let status = try #require(server.waitForExit())
        return Run(status: status, output: output, errors: errors)
    }

    @Test("a one-shot write that cannot be made durable exits 9 with the 507 error, and the data does not have it")
    func callOnAFullDisk() throws {
        let directory = PersistenceTests.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let seeded = try run(["--data-dir", directory, "--demo", "call", "lead.list", #"{"limit":200}"#])
        #expect(seeded.status == 0)
        // Ignored SIGXFSZ stays ignored across exec, so the limit shows up as EFBIG from write(2).
        let full = try run(["--data-dir", directory, "call", "lead.create", #"{"name":"Never stored","company":"X"}"#], shellPrefix: "trap '' XFSZ; ulimit -f 0")
        #expect(full.status == 9)
        #expect(full.output.isEmpty)
        #expect(full.errors.contains("storage_failure"))
        let after = try run(["--data-dir", directory, "call", "lead.list", #"{"limit":200}"#])
        #expect(after.status == 0)
        #expect(!after.output.contains("Never stored"))
        #expect(try JSONParser.parse(after.output)["total"] == JSONParser.parse(seeded.output)["total"])
    }

    @Test("a one-shot call prints only its result on stdout; the notifications it causes go to stderr as JSON lines")
    func callNotifications() throws {
        let result = try run(["--in-memory", "--demo", "--user", "admin", "call", "opportunity.changeStage", #"{"id":"opp_4","stage":"won"}"#])
        #expect(result.status == 0)
        let answer = try JSONParser.parse(result.output)
        #expect(answer["stage"] == "won")
        let notices = result.errors.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }
        #expect(notices.contains { $0["method"] == "license.requested" && $0["params"]?["opportunityId"] == "opp_4" })
    }
}
