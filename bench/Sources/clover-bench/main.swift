#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// `clover-bench`: the figures behind the README's performance section. Run through `bench/run`.
///   clover-bench echo                      the echo peer (baseline for round trips)
///   clover-bench protocol BINARY [DYNAMIC]  pipelined throughput, round trip vs echo, cold start
///                                          (of BINARY, and of a dynamically linked build beside it)
///   clover-bench domain BINARY             lead.get / lead.create / lead.list, dashboard.summary on 100k deals
///   clover-bench store BINARY              durable writes strict/relaxed, write latency, load/snapshot/RSS at 100k and 1M
///   clover-bench store-fixture DIR N       write a store of N leads into DIR (for profiling start-up)
///   clover-bench mcp BINARY [STATIC]       tools/call beside the native call (pipelined, round trip), cold start to initialize
///   clover-bench glossary DIRECTORY        glossary load time, lookups/s, search latency (in-process)
///   clover-bench glossary-load DIRECTORY N load the glossary N times and nothing else (for profiling loading)
///   clover-bench glossary-lookup DIRECTORY ROUNDS  look the bench's lookup set up ROUNDS times (for profiling a lookup)
///   clover-bench glossary-search DIRECTORY N QUERY…  time each query searched N times (for profiling a query)

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

func runProtocolBench(binary: String, dynamicBinary: String?) throws {
    let arguments = ["--in-memory", "--now", "2026-11-22T09:00:00Z"]
    let quick = ProcessInfo.processInfo.environment["BENCH_QUICK"] != nil
    let requests = quick ? 100_000 : 1_000_000
    print("# Protocol core (\(binary))")
    for (method, params) in [("session.configure", "{\"locale\":\"en\"}"), ("server.info", nil)] {
        var runs: [Double] = []
        for _ in 0..<3 { runs.append(try Measurements.pipelined(binary: binary, arguments: arguments, method: method, params: params, count: requests)) }
        print("pipelined \(method): \(format(runs.max()! / 1000)) k req/s (best of 3 × \(requests) requests; runs: \(runs.map { format($0 / 1000) }.joined(separator: ", ")))")
    }
    let line = Measurements.request("session.configure", 1, params: "{\"locale\":\"en\"}")
    let echoPath = CommandLine.arguments[0]
    let iterations = quick ? 5_000 : 50_000
    let server = try Measurements.roundTrips(binary: binary, arguments: arguments, line: line, count: iterations)
    let echo = try Measurements.roundTrips(binary: echoPath, arguments: ["echo"], line: line, count: iterations)
    let p50 = Measurements.percentile(server, 0.5), p99 = Measurements.percentile(server, 0.99)
    let e50 = Measurements.percentile(echo, 0.5), e99 = Measurements.percentile(echo, 0.99)
    print("round trip session.configure: p50 \(format(p50)) µs, p99 \(format(p99)) µs (\(iterations) sequential requests)")
    print("round trip echo peer:         p50 \(format(e50)) µs, p99 \(format(e99)) µs  → server overhead p50 \(format(p50 - e50)) µs, p99 \(format(p99 - e99)) µs")
    let infoLine = Measurements.request("server.info", 1, params: nil)
    for (label, path) in [("static runtime, as built by the README", binary), ("dynamic runtime", dynamicBinary)] {
        guard let path else { continue }
        let starts = try Measurements.coldStarts(binary: path, arguments: arguments, line: infoLine, runs: quick ? 20 : 100)
        print("cold start to first answer (\(label)): median \(format(Measurements.percentile(starts, 0.5), 2)) ms, p90 \(format(Measurements.percentile(starts, 0.9), 2)) ms")
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "echo":
    exit(EchoPeer.run())
case "protocol" where arguments.count >= 2:
    do {
        try runProtocolBench(binary: arguments[1], dynamicBinary: arguments.count >= 3 ? arguments[2] : nil)
    } catch {
        FileHandle.standardError.write(Data("clover-bench: \(error)\n".utf8))
        exit(1)
    }
case "domain" where arguments.count >= 2:
    do {
        try runDomainBench(binary: arguments[1])
    } catch {
        FileHandle.standardError.write(Data("clover-bench: \(error)\n".utf8))
        exit(1)
    }
case "store" where arguments.count >= 2:
    do {
        try StoreBench.run(binary: arguments[1])
    } catch {
        FileHandle.standardError.write(Data("clover-bench: \(error)\n".utf8))
        exit(1)
    }
case "store-fixture" where arguments.count >= 3:
    do {
        _ = try StoreBench.writeStore(directory: arguments[1], records: Int(arguments[2]) ?? 100_000)
    } catch {
        FileHandle.standardError.write(Data("clover-bench: \(error)\n".utf8))
        exit(1)
    }
case "mcp" where arguments.count >= 2:
    do {
        try MCPBench.run(binary: arguments[1], dynamicBinary: arguments.count >= 3 ? arguments[2] : nil)
    } catch {
        FileHandle.standardError.write(Data("clover-bench: \(error)\n".utf8))
        exit(1)
    }
case "glossary" where arguments.count >= 2:
    do {
        try GlossaryBench.run(directory: URL(fileURLWithPath: arguments[1], isDirectory: true))
    } catch {
        FileHandle.standardError.write(Data("clover-bench: \(error)\n".utf8))
        exit(1)
    }
case "glossary-load" where arguments.count >= 3:
    do {
        try GlossaryBench.loadOnly(directory: URL(fileURLWithPath: arguments[1], isDirectory: true), times: Int(arguments[2]) ?? 1)
    } catch {
        FileHandle.standardError.write(Data("clover-bench: \(error)\n".utf8))
        exit(1)
    }
case "glossary-lookup" where arguments.count >= 3:
    do {
        try GlossaryBench.lookupOnly(directory: URL(fileURLWithPath: arguments[1], isDirectory: true), rounds: Int(arguments[2]) ?? 1)
    } catch {
        FileHandle.standardError.write(Data("clover-bench: \(error)\n".utf8))
        exit(1)
    }
case "glossary-search" where arguments.count >= 4:
    do {
        try GlossaryBench.searchOnly(
            directory: URL(fileURLWithPath: arguments[1], isDirectory: true), times: Int(arguments[2]) ?? 1, queries: Array(arguments.dropFirst(3)))
    } catch {
        FileHandle.standardError.write(Data("clover-bench: \(error)\n".utf8))
        exit(1)
    }
default:
    FileHandle.standardError.write(Data("usage: clover-bench echo | protocol BINARY [DYNAMIC_BINARY] | domain BINARY | store BINARY | store-fixture DIR N | mcp BINARY [DYNAMIC_BINARY] | glossary DIRECTORY | glossary-load DIRECTORY N | glossary-lookup DIRECTORY ROUNDS | glossary-search DIRECTORY N QUERY…\n".utf8))
    exit(64)
}
