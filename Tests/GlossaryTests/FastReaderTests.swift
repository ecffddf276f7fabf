import Foundation
import JSON
import Testing
@testable import Glossary

/// The fast reader of entry files must never accept what the strict path rejects, and must read
/// what it accepts exactly as the strict path does; anything else it leaves to the strict path.
@Suite("Fast entry reader agrees with the strict path")
struct FastReaderTests {
    /// The entries the fast reader makes of `bytes`, or nil when it leaves the file to the strict path.
    private func fast(_ bytes: [UInt8]) -> [GlossaryEntry]? {
        var entries = [GlossaryEntry?]()
        let read = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(GlossaryFastPathMiss) in try GlossaryEntry.appendEntries(from: buffer, to: &entries) }
        }
        if case .failure = read {
            #expect(entries.isEmpty, "a miss must leave the entries as they were")
            return nil
        }
        #expect(entries.allSatisfy { $0 != nil })
        return entries.compactMap { $0 }
    }

    /// The entries the strict path makes of `bytes`, or nil when it rejects them.
    private func strict(_ bytes: [UInt8]) -> [GlossaryEntry]? {
        guard let value = try? JSONParser.parse(bytes),
              let elements = try? GlossaryJSONField(value: value, path: .root).elements()
        else { return nil }
        var entries = [GlossaryEntry]()
        for element in elements {
            guard let entry = try? GlossaryEntry(json: element) else { return nil }
            entries.append(entry)
        }
        return entries
    }

    @Test func readsTheRealBundleAsTheStrictPathDoes() throws {
        let directory = RepositoryPaths.bundleDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") && $0 != Glossary.categoriesFileName }
        #expect(files.count >= 2)
        for name in files {
            let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(name)))
            let expected = try #require(strict(bytes))
            #expect(fast(bytes) == expected, "\(name)")
        }
    }

    /// A small file with escapes, nulls, absent optional keys and Korean text, broken at every byte
    /// in several ways: whenever the fast reader accepts the result, the strict path must accept it
    /// and read the same entries.
    @Test func neverAcceptsWhatTheStrictPathRejects() throws {
        let text = #"""
            [{"id":"a\"b","term":{"en":"Win\u0020Rate \ud83d\ude00","ko":"수주율"},"abbreviation":null,
            "aliases":{"en":[],"ko":["영업 리드"]},"category":"c\\d","scope":"clover",
            "definition":{"ko":"정의\n","en":"Def\/t"},"whyItMatters":null,"phase":"v1",
            "related":["x","y"],"crmField":"lead","letter":"W"},
             {"id":"z","term":{"en":"Z","ko":"지"},"aliases":{"en":["z1"],"ko":[]},"category":"k","scope":"industry",
            "definition":{"en":"d","ko":"디"},"whyItMatters":{"en":"w","ko":"왜"},"formula":"a ÷ b","phase":"reference",
            "related":[],"letter":"Z","expansion":"Zed"}]
            """#
        let original = Array(text.utf8)
        #expect(fast(original) != nil && fast(original) == strict(original))
        let replacements: [UInt8] = [0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x20, 0x0A, 0x00, 0x6E, 0x80, 0xC3, 0xED, 0xFF]
        for position in original.indices {
            var variants = [original.enumerated().filter { $0.offset != position }.map(\.element)]
            for replacement in replacements where replacement != original[position] {
                var changed = original
                changed[position] = replacement
                variants.append(changed)
            }
            for variant in variants {
                guard let read = fast(variant) else { continue }
                #expect(read == strict(variant), "byte \(position): \(String(decoding: variant, as: UTF8.self))")
            }
        }
    }

    /// Enum values are told by their bytes: each raw value is found, near misses are not, and a
    /// value written with an escape is left to the strict path (which reads it as the plain one).
    @Test func enumValuesAreToldByTheirBytes() {
        let scopes = RawValueBytes<GlossaryScope>()
        for scope in GlossaryScope.allCases {
            #expect(Array(scope.rawValue.utf8).withUnsafeBufferPointer { scopes.value(of: $0) } == scope)
        }
        for miss in ["", "clove", "cloverr", "Clover", "industr"] {
            #expect(Array(miss.utf8).withUnsafeBufferPointer { scopes.value(of: $0) } == nil, "\(miss)")
        }
        let escaped = Array(#"[{"id":"e","term":{"en":"E","ko":"이"},"aliases":{"en":[],"ko":[]},"category":"c","scope":"\u0063lover","definition":{"en":"d","ko":"디"},"phase":"v\u0031","related":[],"letter":"E"}]"#.utf8)
        #expect(fast(escaped) == nil)
        let read = strict(escaped)?.first
        #expect(read?.scope == .clover)
        #expect(read?.phase == .v1)
    }
}
