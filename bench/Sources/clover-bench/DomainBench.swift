#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// `clover-bench domain BINARY`: the domain figures of issue #3 against one long-lived server —
/// 100k opportunities created through the protocol in a pipelined burst, then pipelined `lead.get`,
/// `dashboard.summary` latency on those 100k deals, pipelined `lead.create` and `lead.list` (50 items).
struct DomainBench {
    let child: ChildProcess
    var reader: LineReader
    var nextID = 1

    init(binary: String) throws {
        child = try ChildProcess(binary, ["--in-memory", "--now", "2026-11-22T09:00:00Z"])
        reader = LineReader(child.output)
    }

    /// Sends one request and returns its answer line.
    mutating func call(_ method: String, _ params: String) throws -> String {
        let line = Measurements.request(method, nextID, params: params)
        nextID += 1
        Array(line.utf8).withUnsafeBytes { child.write($0) }
        guard let answer = reader.nextLine() else { throw BenchError.spawn("no answer to \(method)") }
        let text = String(decoding: answer, as: UTF8.self)
        if text.contains("\"error\"") { throw BenchError.spawn("\(method) failed: \(text.prefix(300))") }
        return text
    }

    /// Writes `count` requests built by `params(index)` from another thread while this one reads
    /// the answers; returns requests per second and the first error answer, if any.
    mutating func pipelined(_ method: String, count: Int, params: (Int) -> String) throws -> Double {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 120)
        for index in 0..<count {
            bytes += Array(Measurements.request(method, nextID, params: params(index)).utf8)
            nextID += 1
        }
        let payload = bytes
        let child = self.child
        let done = DispatchSemaphore(value: 0)
        let started = monotonicNanoseconds()
        let writer = Thread {
            payload.withUnsafeBytes { child.write($0) }
            done.signal()
        }
        writer.start()
        // The first answer is checked for an error; the rest are only counted (reading must not
        // be what is measured).
        var firstError: String?
        guard let first = reader.nextLine() else { throw BenchError.spawn("server closed during \(method)") }
        let firstText = String(decoding: first.prefix(4096), as: UTF8.self)
        if firstText.contains("\"error\"") { firstError = firstText }
        for _ in 1..<count {
            guard reader.skipLine() else { throw BenchError.spawn("server closed during \(method)") }
        }
        let elapsed = Double(monotonicNanoseconds() - started) / 1e9
        done.wait()
        if let firstError { throw BenchError.spawn("\(method) failed: \(firstError.prefix(300))") }
        return Double(count) / elapsed
    }

    /// Milliseconds per sequential call.
    mutating func latencies(_ method: String, _ params: String, runs: Int) throws -> [Double] {
        var samples: [Double] = []
        for _ in 0..<runs {
            let started = monotonicNanoseconds()
            _ = try call(method, params)
            samples.append(Double(monotonicNanoseconds() - started) / 1e6)
        }
        return samples
    }

    func finish() {
        child.closeInput()
        _ = child.wait()
    }
}

func runDomainBench(binary: String) throws {
    let quick = ProcessInfo.processInfo.environment["BENCH_QUICK"] != nil
    let deals = 100_000
    let reads = quick ? 200_000 : 1_000_000
    var bench = try DomainBench(binary: binary)
    print("# Domain (\(binary))")
    // Deals spread over 1,000 accounts, as a real book of business would be.
    _ = try bench.pipelined("account.create", count: 1000) { index in
        #"{"name":"Bench Brand \#(index)","domain":"brand\#(index).example","allowDuplicate":true}"#
    }
    _ = try bench.call("lead.create", #"{"name":"Bench Lead","company":"Bench Brand","email":"lead@bench.example"}"#)
    let stages = ["prospect", "qualified", "proposal", "negotiation"]
    let created = try bench.pipelined("opportunity.create", count: deals) { index in
        #"{"name":"Deal \#(index)","accountId":"acct_\#(index % 1000 + 1)","stage":"\#(stages[index % 4])","acv":\#(1000 + index % 5000).50,"closeDate":"2026-12-15"}"#
    }
    print("pipelined opportunity.create: \(format(created / 1000)) k req/s (\(deals) deals, the dataset below)")
    var getRuns: [Double] = []
    for _ in 0..<3 { getRuns.append(try bench.pipelined("lead.get", count: reads) { _ in #"{"id":"lead_1"}"# }) }
    print("pipelined lead.get: \(format((getRuns.max() ?? 0) / 1000)) k req/s (best of 3 × \(reads); runs: \(getRuns.map { format($0 / 1000) }.joined(separator: ", ")))")
    _ = try bench.latencies("dashboard.summary", "{}", runs: 5)  // warm-up
    let summary = try bench.latencies("dashboard.summary", "{}", runs: quick ? 20 : 100)
    print("dashboard.summary on \(deals) opportunities: median \(format(Measurements.percentile(summary, 0.5), 2)) ms, p90 \(format(Measurements.percentile(summary, 0.9), 2)) ms (sequential round trips)")
    let leads = quick ? 20_000 : 100_000
    let create = try bench.pipelined("lead.create", count: leads) { index in
        #"{"name":"Lead \#(index)","company":"Company \#(index % 977)","source":"inbound"}"#
    }
    print("pipelined lead.create: \(format(create / 1000)) k req/s (\(leads) leads)")
    let lists = quick ? 20 : 50
    let list = try bench.pipelined("lead.list", count: lists) { _ in #"{"limit":50}"# }
    print("pipelined lead.list (limit 50 of \(leads + 1) leads): \(format(list)) req/s, \(format(1000 / list, 2)) ms each")
    let filtered = try bench.pipelined("lead.list", count: lists) { _ in #"{"limit":50,"filters":[{"field":"company","op":"eq","value":"Company 7"}]}"# }
    print("pipelined lead.list filtered (company eq, ~\(leads / 977) matches): \(format(filtered)) req/s, \(format(1000 / filtered, 2)) ms each")
    bench.finish()
}
