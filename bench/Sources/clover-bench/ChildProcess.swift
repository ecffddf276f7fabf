#if canImport(Glibc)
import Glibc
#endif

/// A child process with piped stdin/stdout, spawned with posix_spawn (cheaper than Foundation's
/// Process, which matters when measuring cold start).
struct ChildProcess {
    let pid: pid_t
    let input: Int32
    let output: Int32

    init(_ path: String, _ arguments: [String]) throws {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw BenchError.spawn("pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_addclose(&actions, toChild[1])
        posix_spawn_file_actions_addclose(&actions, fromChild[0])
        defer { posix_spawn_file_actions_destroy(&actions) }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard status == 0 else { throw BenchError.spawn("posix_spawn \(path): \(status)") }
        close(toChild[0])
        close(fromChild[1])
        self.pid = pid
        self.input = toChild[1]
        self.output = fromChild[0]
    }

    func write(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(input, base + offset, bytes.count - offset)
            if written <= 0 { return }
            offset += written
        }
    }

    func closeInput() { close(input) }

    @discardableResult
    func wait() -> Int32 {
        close(output)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return status
    }
}

/// Reads lines from a descriptor without per-line syscalls.
struct LineReader {
    let descriptor: Int32
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)
    private var start = 0
    private var end = 0

    init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Blocks until one more newline has arrived; false at EOF.
    mutating func skipLine() -> Bool {
        while true {
            if start < end, let index = buffer[start..<end].firstIndex(of: 0x0A) {
                start = index + 1
                return true
            }
            if start == end { start = 0; end = 0 }
            if end == buffer.count {
                buffer.removeSubrange(0..<start)
                end -= start
                start = 0
                buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count))
            }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + end, $0.count - end) }
            if count <= 0 { return false }
            end += count
        }
    }

    /// The next line without its newline; nil at EOF.
    mutating func nextLine() -> [UInt8]? {
        while true {
            if start < end, let index = buffer[start..<end].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<index])
                start = index + 1
                return line
            }
            guard fill() else { return nil }
        }
    }

    /// Reads more bytes, compacting or growing the buffer first; false at EOF.
    private mutating func fill() -> Bool {
        if start == end { start = 0; end = 0 }
        if end == buffer.count {
            buffer.removeSubrange(0..<start)
            end -= start
            start = 0
            buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count))
        }
        let count = buffer.withUnsafeMutableBytes { pointer -> Int in
            guard let base = pointer.baseAddress else { return 0 }
            return read(descriptor, base + end, pointer.count - end)
        }
        if count <= 0 { return false }
        end += count
        return true
    }

    /// Counts newlines until EOF (for pipelined runs, where only the count and the end matter).
    mutating func countLinesToEnd() -> Int {
        var lines = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count <= 0 { return lines }
            for index in 0..<count where buffer[index] == 0x0A { lines += 1 }
        }
    }
}

enum BenchError: Error { case spawn(String), usage(String) }

func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}
