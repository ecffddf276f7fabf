#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The three figures issue #2 asks for: pipelined throughput, interactive round trip beside an echo
/// peer, and cold start to first answer.
enum Measurements {
    static func request(_ method: String, _ id: Int, params: String?) -> String {
        let paramsPart = params.map { ",\"params\":\($0)" } ?? ""
        return "{\"jsonrpc\":\"2.0\",\"id\":\(id),\"method\":\"\(method)\"\(paramsPart)}\n"
    }

    /// Requests per second when a client writes `count` requests without waiting.
    static func pipelined(binary: String, arguments: [String], method: String, params: String?, count: Int) throws -> Double {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 80)
        for id in 0..<count { bytes += Array(request(method, id, params: params).utf8) }
        let payload = bytes
        let child = try ChildProcess(binary, arguments)
        // The clock starts once the server has answered a first request, so start-up (loading the
        // demo data) is not counted as the calls' time.
        var reader = LineReader(child.output)
        Array(request("server.info", -1, params: nil).utf8).withUnsafeBytes { child.write($0) }
        guard reader.skipLine() else { throw BenchError.spawn("no answer to the warm-up request") }
        let started = monotonicNanoseconds()
        let writer = Thread {
            payload.withUnsafeBytes { child.write($0) }
            child.closeInput()
        }
        writer.start()
        let answered = reader.countLinesToEnd()
        let elapsed = Double(monotonicNanoseconds() - started) / 1e9
        child.wait()
        guard answered == count else { throw BenchError.spawn("expected \(count) answers, got \(answered)") }
        return Double(count) / elapsed
    }

    /// Round-trip times in microseconds: write one request, wait for its answer, repeat.
    static func roundTrips(binary: String, arguments: [String], line: String, count: Int) throws -> [Double] {
        let child = try ChildProcess(binary, arguments)
        var reader = LineReader(child.output)
        let bytes = Array(line.utf8)
        var samples: [Double] = []
        samples.reserveCapacity(count)
        for index in 0..<(count + 1000) {
            let started = monotonicNanoseconds()
            bytes.withUnsafeBytes { child.write($0) }
            guard reader.skipLine() else { throw BenchError.spawn("no answer") }
            if index >= 1000 { samples.append(Double(monotonicNanoseconds() - started) / 1000) }  // after warm-up
        }
        child.closeInput()
        child.wait()
        return samples
    }

    /// Milliseconds from spawn to the first answer, over `runs` fresh processes.
    static func coldStarts(binary: String, arguments: [String], line: String, runs: Int) throws -> [Double] {
        let bytes = Array(line.utf8)
        var samples: [Double] = []
        for _ in 0..<runs {
            let started = monotonicNanoseconds()
            let child = try ChildProcess(binary, arguments)
            bytes.withUnsafeBytes { child.write($0) }
            var reader = LineReader(child.output)
            guard reader.skipLine() else { throw BenchError.spawn("no answer") }
            samples.append(Double(monotonicNanoseconds() - started) / 1e6)
            child.closeInput()
            child.wait()
        }
        return samples
    }

    static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
}
