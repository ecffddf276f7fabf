import CRMCore
import CloverServer
import JSONRPC
import Testing

@Suite("Command-line parsing")
struct CommandLineParserTests {
    @Test("defaults")
    func defaults() throws {
        let options = try CommandLineParser.parse([], environment: [:])
        #expect(options.storage == .defaultDirectory)
        #expect(options.durability == .strict)
        #expect(options.maximumLineBytes == 16 << 20)
        #expect(options.locale == .english)
        #expect(options.user == nil)
    }

    @Test("every flag, in both --flag VALUE and --flag=VALUE forms")
    func everyFlag() throws {
        let options = try CommandLineParser.parse([
            "--data-dir=/d", "--demo", "--user", "bd.kim", "--locale=ko", "--now", "2026-01-02T03:04:05Z", "--log-level", "debug",
            "--max-line-bytes", "4096", "--durability=relaxed", "--read-only", "--repair", "--snapshot-every", "50",
        ], environment: [:])
        #expect(options.storage == .directory("/d"))
        #expect(options.demo && options.readOnly && options.repair)
        #expect(options.user == "bd.kim")
        #expect(options.locale == .korean)
        #expect(options.now == "2026-01-02T03:04:05Z")
        #expect(options.logLevel == .debug)
        #expect(options.maximumLineBytes == 4096)
        #expect(options.durability == .relaxed)
        #expect(options.snapshotEvery == 50)
    }

    @Test("environment defaults, overridden by flags")
    func environment() throws {
        let environment = ["CLOVER_CRM_USER": "bd.lee", "CLOVER_CRM_NOW": "2026-11-22T09:00:00Z"]
        #expect(try CommandLineParser.parse([], environment: environment).user == "bd.lee")
        #expect(try CommandLineParser.parse(["--user", "admin"], environment: environment).user == "admin")
        #expect(try CommandLineParser.parse([], environment: environment).now == "2026-11-22T09:00:00Z")
        #expect(throws: CommandLineError.self) { try CommandLineParser.parse([], environment: ["CLOVER_CRM_NOW": "soon"]) }
    }

    @Test("--demo stays in memory unless a data dir is named for it")
    func demoStorage() throws {
        #expect(try CommandLineParser.parse(["--demo"], environment: [:]).storage == .inMemory)
        #expect(try CommandLineParser.parse(["--demo", "--data-dir", "/d"], environment: [:]).storage == .directory("/d"))
        #expect(try CommandLineParser.parse([], environment: [:]).storage == .defaultDirectory)
    }

    @Test("call METHOD [PARAMS], with flags before or after")
    func call() throws {
        let options = try CommandLineParser.parse(["--in-memory", "call", "lead.list", #"{"limit":5}"#, "--pretty"], environment: [:])
        #expect(options.oneShot == OneShotRequest(method: "lead.list", params: #"{"limit":5}"#))
        #expect(options.pretty)
        #expect(options.storage == .inMemory)
    }

    @Test("--now takes RFC 3339 with fractions and offsets, and the clock runs at exactly that instant", arguments: [
        ("2026-11-22T09:00:00Z", 1_795_338_000_000 as Int64),
        ("2026-11-22T18:00:00+09:00", 1_795_338_000_000),
        ("2026-11-22t09:00:00.123z", 1_795_338_000_123),
        ("2026-11-22T04:30:00.5-04:30", 1_795_338_000_500),
        ("1970-01-01T00:00:00Z", 0),
    ])
    func frozenClock(text: String, milliseconds: Int64) throws {
        let options = try CommandLineParser.parse(["--now", text], environment: [:])
        #expect(ServerClock(frozenText: options.now).now() == Timestamp(milliseconds: milliseconds))
    }

    @Test("--now refuses what the clock could not run at, rather than falling back to the real time", arguments: [
        "2026-11-22T09:00:00", "2026-11-22", "2026-02-30T09:00:00Z", "2026-11-22T23:59:60Z", "2026-11-22T09:00:00+24:00", "soon",
    ])
    func frozenClockRefused(text: String) {
        #expect(throws: CommandLineError.self) { try CommandLineParser.parse(["--now", text], environment: [:]) }
    }
}
