import CRMCore
@testable import CRMStore
import JSON
import Testing

/// The direct decoder must give exactly what the general one (JSONParser + FieldReader) gives:
/// the same change set when that accepts the bytes, a failure when it rejects them.
@Suite("Direct change-set decoder")
struct StoredLayoutReaderTests {
    /// What start-up used to do with a journal line's object.
    static func general(_ object: [UInt8]) -> ChangeSet? {
        guard let value = try? JSONParser.parse(object) else { return nil }
        return try? RecordCodec.decodeChangeSet(value)
    }

    static func generalError(_ object: [UInt8]) -> String {
        do {
            _ = try RecordCodec.decodeChangeSet(try JSONParser.parse(object))
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    static func direct(_ object: [UInt8]) -> ChangeSet? {
        object.withUnsafeBufferPointer { buffer in
            var reader = StoredLayoutReader(buffer)
            return try? reader.changeSet()
        }
    }

    /// Both paths as start-up takes them: one scanned line through `JournalScan.decodeChangeSet`.
    static func scanned(_ object: [UInt8]) -> ChangeSet? {
        let scan = JournalScan.scan(JournalLine.frame(object: object))
        guard scan.objectRanges.count == 1 else { return nil }
        return try? scan.decodeChangeSet(0)
    }

    @Test("every demo change set is read directly, and equals both the original and the general decoding")
    func demoChangeSets() throws {
        let demo = try DemoData.state(now: StoreTests.now)
        for changeSet in demo.changeLog {
            let object = RecordCodec.bytes(changeSet)
            #expect(Self.direct(object) == changeSet, "change set \(changeSet.seq) (\(changeSet.operation))")
            #expect(Self.general(object) == changeSet)
            #expect(Self.scanned(object) == changeSet)
        }
    }

    @Test("randomized records of every kind round-trip identically through both decoders")
    func randomizedRecords() {
        var generator = SeededGenerator(seed: 0x5EED_C10E)
        for round in 0..<3000 {
            let changeSet = RandomRecords.changeSet(&generator, seq: round + 1)
            let object = RecordCodec.bytes(changeSet)
            let general = Self.general(object)
            #expect(general == changeSet, "round \(round): \(Self.generalError(object))")
            #expect(Self.scanned(object) == general, "round \(round)")
            if let direct = Self.direct(object) { #expect(direct == general, "round \(round)") }
        }
    }

    @Test("bytes outside the written layout are accepted or rejected as before, with the same values")
    func otherLayouts() throws {
        let lead = #"{"id":"lead_7","name":"N","company":null,"title":null,"email":null,"phone":null,"country":null,"industry":null,"source":null,"status":"new","disqualifiedReason":null,"notes":null,"ownerId":"user_1","convertedAt":null,"converted":null,"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z","version":1,"archived":false}"#
        let head = #"{"seq":2,"at":"2026-01-01T00:00:00Z","user":"user_1","method":"lead.create","changes":[{"record":"#
        let canonical = head + lead + "}]}"
        #expect(Self.direct(Array(canonical.utf8)) != nil)
        let variants: [String] = [
            canonical.replacingOccurrences(of: #""version":1"#, with: #""version":1.0"#),
            canonical.replacingOccurrences(of: #""version":1"#, with: #""version":1e0"#),
            canonical.replacingOccurrences(of: #""version":1"#, with: #""version":01"#),
            canonical.replacingOccurrences(of: #""name":"N""#, with: #""name":"N\u0041""#),
            canonical.replacingOccurrences(of: #""name":"N""#, with: "\"name\":\"N\u{1}\""),
            canonical.replacingOccurrences(of: #""name":"N","#, with: #""name":"N","name":"M","#),
            canonical.replacingOccurrences(of: #""archived":false"#, with: #""archived":false,"extra":[1,{"a":null}]"#),
            canonical.replacingOccurrences(of: #""seq":2,"at""#, with: #""at""#) .replacingOccurrences(of: #""method""#, with: #""seq":2,"method""#),
            canonical.replacingOccurrences(of: ",", with: ", "),
            canonical.replacingOccurrences(of: #""ownerId":"user_1""#, with: #""ownerId":"user_01""#),
            canonical.replacingOccurrences(of: #""createdAt":"2026-01-01T00:00:00Z""#, with: #""createdAt":"2026-01-01T00:00:00+09:00""#),
            canonical.replacingOccurrences(of: #""company":null"#, with: #""company":7"#),
            canonical + "}",
            String(canonical.dropLast(3)) + "],}",
        ]
        for variant in variants {
            let bytes = Array(variant.utf8)
            let general = Self.general(bytes)
            #expect(Self.scanned(bytes) == general, "\(variant)")
            if let direct = Self.direct(bytes) { #expect(direct == general, "\(variant)") }
        }
    }

    @Test("a damaged byte anywhere in a demo line is accepted or rejected exactly as the general decoder does")
    func mutatedBytes() throws {
        var generator = SeededGenerator(seed: 42)
        let demo = try DemoData.state(now: StoreTests.now)
        let replacements: [UInt8] = Array(#"0123456789"{}[],:.-eEnultrfsa\ "#.utf8) + [0x01, 0x80, 0xC3, 0xFF]
        for changeSet in demo.changeLog {
            let object = RecordCodec.bytes(changeSet)
            for _ in 0..<40 {
                var damaged = object
                // Not the closing brace: a journal line's trailer takes its place (see JournalLine).
                let position = Int.random(in: 0..<(damaged.count - 1), using: &generator)
                damaged[position] = replacements.randomElement(using: &generator) ?? 0
                let general = Self.general(damaged)
                #expect(Self.scanned(damaged) == general, "change set \(changeSet.seq), byte \(position)")
                if let direct = Self.direct(damaged) { #expect(direct == general) }
            }
        }
    }
}
