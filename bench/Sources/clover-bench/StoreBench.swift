#if canImport(Glibc)
import Glibc
#endif
import CRMCore
import CRMStore
import Foundation

/// `clover-bench store BINARY`: the persistence figures of issue #4 against the release binary and
/// a temporary data directory — durable pipelined writes (strict and relaxed), one interactive
/// write's latency, and snapshot time, start-up time and peak RSS for stores of 100k and 1M records.
enum StoreBench {
    static let now = "2026-11-22T09:00:00Z"

    static func run(binary: String) throws {
        let quick = ProcessInfo.processInfo.environment["BENCH_QUICK"] != nil
        let writes = quick ? 50_000 : 200_000
        print("# Store (\(binary))")
        for durability in ["strict", "relaxed"] {
            let directory = try temporaryDirectory()
            defer { removeDirectory(directory) }
            let rate = try pipelinedCreates(binary: binary, directory: directory, durability: durability, count: writes)
            print("pipelined lead.create, --durability \(durability): \(format(rate / 1000)) k writes/s (\(writes) requests, snapshots every 10,000)")
        }
        let latencyDirectory = try temporaryDirectory()
        defer { removeDirectory(latencyDirectory) }
        let samples = try interactiveCreates(binary: binary, directory: latencyDirectory, count: quick ? 1_000 : 5_000)
        print("interactive lead.create (strict, sequential round trips): p50 \(format(Measurements.percentile(samples, 0.5))) µs, p99 \(format(Measurements.percentile(samples, 0.99))) µs")
        for records in quick ? [100_000] : [100_000, 1_000_000] {
            try loadFigures(binary: binary, records: records)
        }
    }

    /// Requests per second for `count` pipelined `lead.create` calls into a fresh data directory.
    static func pipelinedCreates(binary: String, directory: String, durability: String, count: Int) throws -> Double {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 140)
        for id in 0..<count {
            let params = #"{"name":"Lead \#(id)","company":"Company \#(id % 977)","email":"lead\#(id)@bench.example","source":"inbound"}"#
            bytes += Array(Measurements.request("lead.create", id, params: params).utf8)
        }
        let payload = bytes
        let child = try ChildProcess(binary, ["--data-dir", directory, "--durability", durability, "--now", now])
        let started = monotonicNanoseconds()
        let writer = Thread {
            payload.withUnsafeBytes { child.write($0) }
            child.closeInput()
        }
        writer.start()
        var reader = LineReader(child.output)
        guard let first = reader.nextLine() else { throw BenchError.spawn("no answer to lead.create") }
        if String(decoding: first, as: UTF8.self).contains("\"error\"") {
            throw BenchError.spawn("lead.create failed: \(String(decoding: first.prefix(300), as: UTF8.self))")
        }
        var answered = 1
        while answered < count, reader.skipLine() { answered += 1 }
        let elapsed = Double(monotonicNanoseconds() - started) / 1e9
        child.wait()
        guard answered == count else { throw BenchError.spawn("expected \(count) answers, got \(answered)") }
        return Double(count) / elapsed
    }

    /// Microseconds per `lead.create` round trip, one at a time, after 200 warm-up calls.
    static func interactiveCreates(binary: String, directory: String, count: Int) throws -> [Double] {
        let child = try ChildProcess(binary, ["--data-dir", directory, "--now", now])
        var reader = LineReader(child.output)
        var samples: [Double] = []
        for index in 0..<(count + 200) {
            let params = #"{"name":"Lead \#(index)","company":"Company \#(index % 977)"}"#
            let line = Array(Measurements.request("lead.create", index, params: params).utf8)
            let started = monotonicNanoseconds()
            line.withUnsafeBytes { child.write($0) }
            guard reader.skipLine() else { throw BenchError.spawn("no answer") }
            if index >= 200 { samples.append(Double(monotonicNanoseconds() - started) / 1000) }
        }
        child.closeInput()
        child.wait()
        return samples
    }

    /// Start-up to first answer (`session.configure`), peak RSS after loading, and `server.snapshot` time, for a store of
    /// `records` leads written as a snapshot with CRMStore's own encoder (one change set per lead).
    static func loadFigures(binary: String, records: Int) throws {
        let directory = try temporaryDirectory()
        defer { removeDirectory(directory) }
        let built = monotonicNanoseconds()
        let size = try writeStore(directory: directory, records: records)
        let buildSeconds = Double(monotonicNanoseconds() - built) / 1e9
        var starts: [Double] = []
        var snapshots: [Double] = []
        var loadPeak = 0, snapshotPeak = 0
        for _ in 0..<3 {
            let started = monotonicNanoseconds()
            let child = try ChildProcess(binary, ["--data-dir", directory, "--now", now])
            var reader = LineReader(child.output)
            // A cheap first request: server.info would add its own cost (it counts visible records).
            Array(Measurements.request("session.configure", 1, params: #"{"locale":"en"}"#).utf8).withUnsafeBytes { child.write($0) }
            guard reader.skipLine() else { throw BenchError.spawn("no answer to session.configure") }
            starts.append(Double(monotonicNanoseconds() - started) / 1e6)
            loadPeak = max(loadPeak, peakResidentKilobytes(child.pid))
            let snapshotStarted = monotonicNanoseconds()
            Array(Measurements.request("server.snapshot", 2, params: nil).utf8).withUnsafeBytes { child.write($0) }
            guard let answer = reader.nextLine() else { throw BenchError.spawn("no answer to server.snapshot") }
            snapshots.append(Double(monotonicNanoseconds() - snapshotStarted) / 1e6)
            if String(decoding: answer, as: UTF8.self).contains("\"error\"") { throw BenchError.spawn("server.snapshot failed") }
            snapshotPeak = max(snapshotPeak, peakResidentKilobytes(child.pid))
            child.closeInput()
            child.wait()
        }
        let label = records >= 1_000_000 ? "\(records / 1_000_000)M" : "\(records / 1000)k"
        print("\(label) records (snapshot \(format(Double(size) / 1e6)) MB, written by the bench in \(format(buildSeconds, 2)) s):")
        print("  start-up to first answer: median \(format(Measurements.percentile(starts, 0.5))) ms (runs: \(starts.map { format($0) }.joined(separator: ", ")))")
        print("  server.snapshot: median \(format(Measurements.percentile(snapshots, 0.5))) ms (runs: \(snapshots.map { format($0) }.joined(separator: ", ")))")
        print("  peak RSS (VmHWM): \(format(Double(loadPeak) / 1024)) MB after loading, \(format(Double(snapshotPeak) / 1024)) MB after the snapshot")
    }

    /// Writes a snapshot of `records` lead.create change sets (after the admin bootstrap); returns its size.
    static func writeStore(directory: String, records: Int) throws -> Int {
        guard let start = Timestamp(rfc3339: "2026-01-01T00:00:00Z") else { throw BenchError.usage("bad time") }
        var state = CRMState()
        var log: [ChangeSet] = []
        log.reserveCapacity(records + 1)
        if let bootstrap = state.bootstrapChangeSet(at: start) { state.apply(bootstrap); log.append(bootstrap) }
        let admin = RecordID(kind: .user, sequence: 1)
        let sources: [LeadSource?] = [.inbound, nil, .referral]
        for index in 1...records {
            let at = start.adding(milliseconds: Int64(index) * 1000)
            let lead = Lead(id: RecordID(kind: .lead, sequence: index), name: "Lead \(index)", company: "Company \(index % 977)",
                            email: "lead\(index)@bench.example", source: sources[index % 3], ownerId: admin, createdAt: at)
            log.append(ChangeSet(seq: index + 1, at: at, actorId: admin, operation: "lead.create", changes: [.upsert(.lead(lead))]))
        }
        let bytes = SnapshotFile.encode(log, createdAt: start)
        try DataDirectory(path: directory).prepare()
        try AtomicFile.write(bytes, to: DataDirectory(path: directory).snapshotPath)
        return bytes.count
    }

    /// VmHWM of a live process, in kilobytes (0 when /proc cannot be read).
    static func peakResidentKilobytes(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    static func temporaryDirectory() throws -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        var template = Array("\(base)/clover-storebench-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw BenchError.spawn("mkdtemp failed") }
        return String(cString: made)
    }

    static func removeDirectory(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
