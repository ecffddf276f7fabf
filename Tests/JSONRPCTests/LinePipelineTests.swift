import Foundation
import Testing
@testable import JSONRPC

/// The stdio loop with a session that prepares lines: with many lines per read they are prepared on
/// the second thread, and every line is answered once, in order, whatever the read boundaries.
@Suite("Line pipeline")
struct LinePipelineTests {
    /// Echoes each line, marked with where its preparation ran.
    struct EchoSession: LineSession {
        var tooLarge = 0
        /// The thread the loop runs on (the owner's).
        let owner = pthread_self()

        var linePreparer: (@Sendable (UnsafeRawBufferPointer) -> String)? {
            let owner = owner
            return { line in String(decoding: line, as: UTF8.self) + (pthread_equal(pthread_self(), owner) == 0 ? " ahead" : " owner") }
        }

        mutating func receive(prepared: String, line: UnsafeRawBufferPointer, output: inout JSONWriter) {
            #expect(prepared.hasPrefix(String(decoding: line, as: UTF8.self) + " "))
            Array(prepared.utf8 + [UInt8(ascii: "\n")]).withUnsafeBytes { output.raw($0) }
        }

        mutating func receive(line: UnsafeRawBufferPointer, output: inout JSONWriter) {
            output.raw(line)
            output.raw(" inline\n")
        }

        mutating func receiveTooLargeLine(output: inout JSONWriter) {
            tooLarge += 1
            output.raw("too large\n")
        }

        mutating func settle(output: inout JSONWriter) {}
        mutating func finish(output: inout JSONWriter) {}
        var wantsToStop: Bool { false }
    }

    /// Runs the loop over `input` (a file, so it is all there at once) and returns the output lines.
    func run(_ input: String, readChunkBytes: Int, maximumLineBytes: Int = 1 << 20, session: inout EchoSession) throws -> [Substring] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputPath = directory.appendingPathComponent("in").path, outputPath = directory.appendingPathComponent("out").path
        try Data(input.utf8).write(to: URL(fileURLWithPath: inputPath))
        let inputDescriptor = open(inputPath, O_RDONLY), outputDescriptor = open(outputPath, O_WRONLY | O_CREAT, 0o600)
        defer { close(inputDescriptor) }
        var transport = StdioTransport(inputDescriptor: inputDescriptor, outputDescriptor: outputDescriptor, maximumLineBytes: maximumLineBytes)
        transport.readChunkBytes = readChunkBytes
        #expect(transport.run(&session) == .endOfInput)
        close(outputDescriptor)
        let output = try String(contentsOfFile: outputPath, encoding: .utf8)
        return output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }

    @Test("many lines per read: prepared ahead, answered in order, lines across reads included")
    func pipelined() throws {
        let lines = (0..<5_000).map { "line \($0) " + String(repeating: "x", count: $0 % 37) }
        var session = EchoSession()
        // Reads of 4 KiB hold about a hundred lines each, and most reads end inside a line.
        let answers = try run(lines.joined(separator: "\n") + "\n", readChunkBytes: 4096, session: &session)
        #expect(answers.count == lines.count)
        #expect(zip(answers, lines).allSatisfy { $0.hasPrefix($1 + " ") })
        // All but the last read's few lines, which are answered without the second thread.
        #expect(answers.prefix(4_800).filter { !$0.hasSuffix(" ahead") }.isEmpty)
    }

    @Test("a read with few lines is answered without the second thread")
    func fewLines() throws {
        var session = EchoSession()
        let answers = try run("one\ntwo\nthree\n", readChunkBytes: 1 << 16, session: &session)
        #expect(answers == ["one inline", "two inline", "three inline"])
    }

    @Test("a line over the limit is answered in its place among prepared lines")
    func tooLargeInPlace() throws {
        var lines = (0..<200).map { "line \($0)" }
        lines[100] = String(repeating: "y", count: 300)
        var session = EchoSession()
        let answers = try run(lines.joined(separator: "\n") + "\n", readChunkBytes: 1 << 16, maximumLineBytes: 100, session: &session)
        #expect(session.tooLarge == 1)
        #expect(answers.count == 200)
        #expect(answers[100] == "too large")
        #expect(answers[99] == "line 99 ahead" && answers[101] == "line 101 ahead")
    }

    @Test("lines not taken when the owner stops early are let go, and the next batch starts clean")
    func abandonedBatch() {
        let pipeline = LinePipeline<String> { String(decoding: $0, as: UTF8.self) }
        defer { pipeline.stop() }
        let first = (0..<300).map { Array("first \($0)".utf8) }, second = (0..<50).map { Array("second \($0)".utf8) }
        func pointers(_ lines: [[UInt8]]) -> [UnsafeRawBufferPointer] {
            lines.map { line in
                let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: line.count, alignment: 1)
                copy.copyBytes(from: line)
                return UnsafeRawBufferPointer(copy)
            }
        }
        let firstPointers = pointers(first), secondPointers = pointers(second)
        defer { for pointer in firstPointers + secondPointers { pointer.deallocate() } }
        pipeline.start(firstPointers)
        #expect((0..<10).map { _ in pipeline.next().pointee } == (0..<10).map { "first \($0)" })
        pipeline.finish()
        pipeline.start(secondPointers)
        #expect((0..<50).map { _ in pipeline.next().pointee } == (0..<50).map { "second \($0)" })
        pipeline.finish()
    }

    /// Counts destroyed prepared values and the ones destroyed on the owner's thread.
    final class Destructions: @unchecked Sendable {
        // @unchecked: the counters change only with `lock` held.
        let lock = NSLock()
        let allDone = DispatchSemaphore(value: 0)
        let expected: Int
        let owner = pthread_self()
        var count = 0, onOwner = 0

        init(expected: Int) { self.expected = expected }

        func record() {
            lock.lock()
            count += 1
            if pthread_equal(pthread_self(), owner) != 0 { onOwner += 1 }
            let finished = count == expected
            lock.unlock()
            if finished { allDone.signal() }
        }
    }

    final class Tracked: Sendable {
        let destructions: Destructions
        init(_ destructions: Destructions) { self.destructions = destructions }
        deinit { destructions.record() }
    }

    @Test("prepared values are destroyed once each, by the preparing thread, taken or not")
    func destroyedAhead() {
        let batches = 3, perBatch = 100
        let destructions = Destructions(expected: batches * perBatch)
        let pipeline = LinePipeline<Tracked> { [destructions] _ in Tracked(destructions) }
        let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: 1, alignment: 1)
        defer { bytes.deallocate() }
        let lines = Array(repeating: UnsafeRawBufferPointer(bytes), count: perBatch)
        for batch in 0..<batches {
            pipeline.start(lines)
            // The last batch is left half taken, as when the host stops reading.
            for _ in 0..<(batch == batches - 1 ? perBatch / 2 : perBatch) { _ = pipeline.next() }
            pipeline.finish()
        }
        pipeline.stop()  // the thread destroys the last batch as it ends
        #expect(destructions.allDone.wait(timeout: .now() + 30) == .success)
        destructions.lock.lock()
        defer { destructions.lock.unlock() }
        #expect(destructions.count == batches * perBatch)
        #expect(destructions.onOwner == 0)
    }
}
