import Foundation
import Testing
@testable import Glossary

/// A fresh temporary directory, removed when the test ends.
private final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("glossary-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }

    func write<Value: Encodable>(_ name: String, json value: Value) throws {
        try JSONEncoder().encode(value).write(to: url.appendingPathComponent(name))
    }
}

@Suite("Loading the bundle")
struct LoaderTests {
    /// A directory holding the fixture split over two entry files, as the real bundle is.
    private func fixtureDirectory() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("categories.json", json: Fixture.categories)
        let clover = Fixture.entries.filter { $0.scope == .clover }
        try directory.write("clover.json", json: clover)
        try directory.write("industry-a.json", json: Fixture.entries.filter { $0.scope == .industry })
        try directory.write("notes.txt", "ignored: not JSON")
        return directory
    }

    @Test func loadsEveryEntryFileInNameOrder() throws {
        let directory = try fixtureDirectory()
        let glossary = try Glossary(loadingFrom: directory.url)
        let expected = Fixture.entries.filter { $0.scope == .clover } + Fixture.entries.filter { $0.scope == .industry }
        #expect(glossary.entries == expected)
        #expect(glossary.categories().count == Fixture.categories.count)
        #expect(glossary.lookup("수주율").best?.entry.id == "win-rate")
    }

    @Test func environmentVariableOverridesTheSearch() throws {
        let directory = try fixtureDirectory()
        let glossary = try GlossaryBundle.load(environment: [GlossaryBundle.directoryVariable: directory.url.path])
        #expect(glossary.entries.count == Fixture.entries.count)
    }

    @Test func missingOverrideIsTheOnlyPathNamed() throws {
        let missing = "/nonexistent/clover-glossary-\(UUID().uuidString)"
        #expect(throws: GlossaryLoadError.bundleNotFound(tried: [missing])) {
            try GlossaryBundle.load(environment: [GlossaryBundle.directoryVariable: missing])
        }
    }

    @Test func notFoundNamesEveryPathTried() throws {
        let tried = ["/nonexistent/a/glossary", "/nonexistent/b/glossary"]
        #expect(throws: GlossaryLoadError.bundleNotFound(tried: tried)) {
            try GlossaryBundle.load(searching: tried.map { URL(fileURLWithPath: $0) })
        }
        let message = String(describing: GlossaryLoadError.bundleNotFound(tried: tried))
        #expect(message.contains(tried[0]) && message.contains(tried[1]))
    }

    @Test func defaultSearchLooksBesideTheExecutable() throws {
        let candidates = GlossaryBundle.candidateDirectories(environment: [:])
        #expect(!candidates.isEmpty)
        #expect(candidates.allSatisfy { $0.path.hasSuffix(GlossaryBundle.bundledPath) })
        #expect(Set(candidates.map(\.path)).count == candidates.count)
        // `swift build` puts the resource bundle beside the test executable, so the default search
        // finds the real bundle.
        let glossary = try GlossaryBundle.load(environment: [:])
        #expect(glossary.categories().count == 18)
    }

    @Test func malformedEntryNamesFileEntryAndKey() throws {
        let directory = try fixtureDirectory()
        try directory.write("clover.json", #"[{"id": "lead", "term": {"en": "Lead"}}]"#)
        let path = directory.url.appendingPathComponent("clover.json").path
        do {
            _ = try Glossary(loadingFrom: directory.url)
            Issue.record("loaded a malformed file")
        } catch {
            guard case .malformed(let errorPath, let reason) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(errorPath == path)
            #expect(reason.contains("[0]") && reason.contains("ko"), "reason: \(reason)")
        }
    }

    @Test func invalidJSONIsMalformed() throws {
        let directory = try fixtureDirectory()
        try directory.write("industry-a.json", "[{")
        #expect {
            try Glossary(loadingFrom: directory.url)
        } throws: { error in
            guard case GlossaryLoadError.malformed(let path, _) = error else { return false }
            return path.hasSuffix("industry-a.json")
        }
    }

    @Test func missingCategoriesFileIsUnreadable() throws {
        let directory = try fixtureDirectory()
        try FileManager.default.removeItem(at: directory.url.appendingPathComponent("categories.json"))
        #expect {
            try Glossary(loadingFrom: directory.url)
        } throws: { error in
            guard case GlossaryLoadError.unreadable(let path, _) = error else { return false }
            return path.hasSuffix("categories.json")
        }
    }

    @Test func duplicateIDsAndUnknownCategoriesAreInconsistent() throws {
        let duplicate = Fixture.entries + [Fixture.entries[0]]
        #expect(throws: GlossaryLoadError.inconsistent(reason: "duplicate entry id pipeline")) {
            try Glossary(entries: duplicate, categories: Fixture.categories)
        }
        var stray = Fixture.entries[0]
        stray.category = "marketing"
        #expect(throws: GlossaryLoadError.self) {
            try Glossary(entries: [stray], categories: Fixture.categories)
        }
        stray.category = "nowhere"
        #expect(throws: GlossaryLoadError.inconsistent(reason: "entry pipeline names unknown category nowhere")) {
            try Glossary(entries: [stray], categories: Fixture.categories)
        }
    }
}
