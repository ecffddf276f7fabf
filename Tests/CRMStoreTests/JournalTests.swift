import CRMStore
import Foundation
import JSON
import Testing

@Suite("CRC-32")
struct CRC32Tests {
    @Test("the standard check values")
    func checkValues() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(CRC32.hex(0x1A) == "0000001a")
    }
}

@Suite("Journal lines")
struct JournalLineTests {
    static let object = Array(#"{"seq":1,"method":"lead.create","changes":[{"name":"나이키"}]}"#.utf8)

    @Test("a framed line unframes to the same object")
    func roundTrip() throws {
        let line = JournalLine.frame(object: Self.object)
        #expect(line.last == UInt8(ascii: "\n"))
        #expect(String(decoding: line, as: UTF8.self).contains(#","crc":""#))
        #expect(JournalLine.unframe(line.dropLast()) == Self.object)
    }

    @Test("framing in place after earlier lines gives the bytes frame(object:) gives")
    func frameInPlace() {
        var writer = JSONWriter()
        writer.raw("already buffered\n")
        let start = writer.count
        Self.object.withUnsafeBufferPointer { writer.raw($0) }
        JournalLine.frameInPlace(objectFrom: start, in: &writer)
        #expect(writer.bytes == Array("already buffered\n".utf8) + JournalLine.frame(object: Self.object))
    }

    @Test("any flipped byte or any truncation is detected")
    func damage() {
        let line = Array(JournalLine.frame(object: Self.object).dropLast())
        for index in line.indices {
            var damaged = line
            damaged[index] ^= 0x01
            #expect(JournalLine.unframe(damaged[...]) == nil, "flip at \(index)")
        }
        for length in 0..<line.count {
            #expect(JournalLine.unframe(line[0..<length]) == nil, "cut at \(length)")
        }
    }

    @Test("a checksum in uppercase hex is read like lowercase")
    func uppercaseChecksum() {
        for number in 1...200 {
            let object = Array(#"{"seq":\#(number),"note":"n"}"#.utf8)
            let line = Array(JournalLine.frame(object: object).dropLast())
            let upper = line.enumerated().map { index, byte in
                index >= line.count - 10 && byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f") ? byte - 0x20 : byte
            }
            #expect(JournalLine.unframe(upper[...]) == object, "\(number)")
        }
    }
}

@Suite("Journal scanning")
struct JournalScanTests {
    static func journal(_ count: Int) -> [UInt8] {
        (1...count).flatMap { JournalLine.frame(object: Array(#"{"seq":\#($0)}"#.utf8)) }
    }

    @Test("an intact journal reads whole")
    func intact() {
        let scan = JournalScan.scan(Self.journal(5))
        #expect(scan.records.count == 5)
        #expect(!scan.tornTail && scan.corruption == nil)
    }

    @Test("a crash at any byte of the last record leaves a torn tail and every earlier record")
    func tornAtEveryByte() {
        let full = Self.journal(3)
        let twoRecords = Self.journal(2).count
        for cut in twoRecords..<full.count {
            let scan = JournalScan.scan(Array(full[0..<cut]))
            #expect(scan.records.count == 2, "cut at \(cut)")
            #expect(scan.corruption == nil)
            #expect(scan.intactLength == Int64(twoRecords))
            #expect(scan.tornTail == (cut > twoRecords))
        }
    }

    @Test("damage followed by intact records is corruption, named by line")
    func corruptionInTheMiddle() {
        var bytes = Self.journal(4)
        let secondLine = Self.journal(1).count + 3
        bytes[secondLine] ^= 0x20
        let scan = JournalScan.scan(bytes)
        #expect(scan.corruption?.line == 2)
        #expect(scan.corruption?.reason == "checksum mismatch")
    }
}

@Suite("Journal writing")
struct JournalWriterTests {
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "clover-store-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("a group of appends becomes durable with one sync, mode 0600")
    func groupCommit() throws {
        let directory = try Self.temporaryDirectory()
        let writer = try JournalWriter(path: directory + "/journal.ndjson")
        for seq in 1...100 { writer.append(JournalLine.frame(object: Array(#"{"seq":\#(seq)}"#.utf8))) }
        #expect(writer.pendingRecords == 100)
        try writer.sync()
        #expect(writer.pendingRecords == 0)
        #expect(JournalScan.scan(try Array(Data(contentsOf: URL(fileURLWithPath: writer.path)))).records.count == 100)
        let attributes = try FileManager.default.attributesOfItem(atPath: writer.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test("a write that cannot be made durable (ENOSPC on /dev/full) throws and leaves nothing pending")
    func diskFull() throws {
        let writer = try JournalWriter(path: "/dev/full")
        writer.append(JournalLine.frame(object: Array(#"{"seq":1}"#.utf8)))
        #expect(throws: StorageError.system(operation: "write", path: "/dev/full", errno: ENOSPC)) { try writer.sync() }
        #expect(!writer.hasPending)
        #expect(StorageError.system(operation: "write", path: "/dev/full", errno: ENOSPC).reason == "no_space")
    }
}

@Suite("Atomic files and the data directory")
struct FileTests {
    @Test("an atomic write replaces the file whole and leaves no temporary behind")
    func atomicWrite() throws {
        let directory = try JournalWriterTests.temporaryDirectory()
        let path = directory + "/snapshot.json"
        try AtomicFile.write(Array("first".utf8), to: path)
        try AtomicFile.write(Array("second".utf8), to: path)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["snapshot.json"])
    }

    @Test("the directory is created 0700; a second lock names the holder's pid")
    func lock() throws {
        let directory = DataDirectory(path: try JournalWriterTests.temporaryDirectory() + "/nested/data")
        try directory.prepare()
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        let first = try DataDirectoryLock(directory: directory.path)
        #expect(throws: StorageError.locked(path: directory.path, holderPID: getpid())) { try DataDirectoryLock(directory: directory.path) }
        _ = first
    }

    @Test("data directory resolution order", arguments: [
        (String?("/explicit"), ["CLOVER_CRM_DATA_DIR": "/env"], "/explicit"),
        (nil, ["CLOVER_CRM_DATA_DIR": "/env", "XDG_DATA_HOME": "/xdg"], "/env"),
        (nil, ["XDG_DATA_HOME": "/xdg", "HOME": "/home/u"], "/xdg/clover-crm"),
        (nil, ["HOME": "/home/u"], "/home/u/.local/share/clover-crm"),
    ])
    func resolution(explicit: String?, environment: [String: String], expected: String) {
        #expect(DataDirectory.resolve(explicit: explicit, environment: environment).path == expected)
    }
}
