import Foundation

/// `clover-bench mcp BINARY [STATIC]`: MCP beside the native methods, by the same harness — cold
/// start to the `initialize` answer, interactive round trips and pipelined throughput of
/// `tools/call` against the native call it wraps.
///
/// MCP requests use the stateless 2026-07-28 form (version and capabilities in every request's
/// `_meta`), which is what current SDK clients send, so each request stands alone as in the native
/// measurements.
enum MCPBench {
    static let arguments = ["--in-memory", "--demo", "--now", "2026-11-22T09:00:00Z", "--log-level", "error"]
    static let meta = #""_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}"#

    /// Native method and params, and the tool that runs it.
    static let pairs: [(method: String, params: String, tool: String)] = [
        ("lead.get", #"{"id":"lead_1"}"#, "lead_get"),
        ("glossary.lookup", #"{"term":"ACV","lang":"en"}"#, "glossary_lookup"),
        ("dashboard.summary", "{}", "dashboard_summary"),
    ]

    static func toolCall(_ tool: String, _ arguments: String) -> String {
        #"{"name":"\#(tool)","arguments":\#(arguments),\#(meta)}"#
    }

    static func run(binary: String, dynamicBinary: String?) throws {
        let quick = ProcessInfo.processInfo.environment["BENCH_QUICK"] != nil
        let count = quick ? 20_000 : 200_000
        let iterations = quick ? 2_000 : 20_000
        print("# MCP beside native calls (\(binary))")
        for pair in pairs {
            let toolParams = toolCall(pair.tool, pair.params)
            var native: [Double] = [], mcp: [Double] = []
            for _ in 0..<3 {
                native.append(try Measurements.pipelined(binary: binary, arguments: arguments, method: pair.method, params: pair.params, count: count))
                mcp.append(try Measurements.pipelined(binary: binary, arguments: arguments, method: "tools/call", params: toolParams, count: count))
            }
            let bestNative = native.max()!, bestMCP = mcp.max()!
            print("pipelined \(pair.method): native \(format(bestNative / 1000)) k/s, tools/call \(pair.tool) \(format(bestMCP / 1000)) k/s → MCP costs \(format((bestNative / bestMCP - 1) * 100)) % more per call (best of 3 × \(count))")

            let nativeTrips = try Measurements.roundTrips(binary: binary, arguments: arguments, line: Measurements.request(pair.method, 1, params: pair.params), count: iterations)
            let mcpTrips = try Measurements.roundTrips(binary: binary, arguments: arguments, line: Measurements.request("tools/call", 1, params: toolParams), count: iterations)
            let n50 = Measurements.percentile(nativeTrips, 0.5), n99 = Measurements.percentile(nativeTrips, 0.99)
            let m50 = Measurements.percentile(mcpTrips, 0.5), m99 = Measurements.percentile(mcpTrips, 0.99)
            print("round trip \(pair.method): native p50 \(format(n50)) µs p99 \(format(n99)) µs, MCP p50 \(format(m50)) µs p99 \(format(m99)) µs → +\(format((m50 / n50 - 1) * 100)) % / +\(format((m99 / n99 - 1) * 100)) % (\(iterations) sequential)")
        }
        let initialize = Measurements.request("initialize", 1, params: #"{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}"#)
        let discover = Measurements.request("server/discover", 1, params: "{\(meta)}")
        let info = Measurements.request("server.info", 1, params: nil)
        for (label, path) in [("static runtime, as built by the README", binary), ("dynamic runtime", dynamicBinary)] {
            guard let path else { continue }
            let runs = quick ? 20 : 100
            // Without --demo: a chat tool starts the server on the user's data, not the sample.
            let plain = ["--in-memory", "--log-level", "error"]
            for (what, line) in [("initialize", initialize), ("server/discover", discover), ("native server.info", info)] {
                let starts = try Measurements.coldStarts(binary: path, arguments: plain, line: line, runs: runs)
                print("cold start to the \(what) answer (\(label)): median \(format(Measurements.percentile(starts, 0.5), 2)) ms, p90 \(format(Measurements.percentile(starts, 0.9), 2)) ms")
            }
        }
    }
}
