import Foundation
import JSON

extension Glossary {
    /// The file in a glossary directory that lists the categories; every other `*.json` file there
    /// is an array of entries.
    public static let categoriesFileName = "categories.json"

    /// Loads a glossary directory: `categories.json` plus every other `*.json` file, read in name order
    /// so entry order (and with it every tie-break) is the same on every machine.
    ///
    /// - Throws: `.unreadable` for a missing directory or file, `.malformed` for JSON that is not the
    ///   entry shape (naming the entry and key), `.inconsistent` for duplicate ids or unknown categories.
    public init(loadingFrom directory: URL) throws(GlossaryLoadError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw .unreadable(path: directory.path, reason: error.localizedDescription)
        }
        let entryFiles = names.filter { $0.hasSuffix(".json") && $0 != Self.categoriesFileName }.sorted()
        let (categoriesRead, reads) = Self.readConcurrently(in: directory, entries: entryFiles)
        let categories = try categoriesRead.get()
        var fileEntries = [[GlossaryEntry?]]()
        fileEntries.reserveCapacity(entryFiles.count)
        // Errors are thrown in file order, as reading one file after another would. `reads` is
        // consumed so that each file's array has one owner left, and `joined` can move from it.
        for read in consume reads {
            switch read {
            case .entries(let entries):
                fileEntries.append(entries)
            case .missed(let data, let file):
                // The strict path reads the same files the same way, and names what is wrong.
                fileEntries.append(try Self.read(data, from: file) { (field) throws(GlossaryShapeError) -> GlossaryEntry? in
                    try GlossaryEntry(json: field)
                })
            case .failed(let error):
                throw error
            }
        }
        let entries = Self.joined(&fileEntries)
        try self.init(entries: entries, categories: categories)
    }

    /// The entries of every file in one array, moved there rather than copied: copying retained
    /// every string of every entry, and freeing the files' arrays released them again, all on one
    /// thread between the two parallel parts of loading. The files' arrays are left holding nils.
    private static func joined(_ parts: inout [[GlossaryEntry?]]) -> [GlossaryEntry] {
        let total = parts.reduce(0) { total, part in total + part.count }
        return [GlossaryEntry](unsafeUninitializedCapacity: total) { joined, count in
            for index in parts.indices {
                parts[index].withUnsafeMutableBufferPointer { part in
                    for position in part.indices {
                        guard let entry = part[position].take() else { continue }
                        joined.initializeElement(at: count, to: entry)
                        count += 1
                    }
                }
            }
        }
    }

    /// What reading one entry file gave.
    private enum EntryFileRead: Sendable {
        case entries([GlossaryEntry?])
        /// The fast reader left the file to the strict path; its contents.
        case missed(Data, from: URL)
        case failed(GlossaryLoadError)
    }

    /// Reads the categories and every entry file (named in `directory`), the files spread over the
    /// cores: they are independent, and reading them is most of loading. Each file's URL is made
    /// there too: `appendingPathComponent` is some 16,000 instructions a call.
    private static func readConcurrently(
        in directory: URL, entries files: [String]
    ) -> (Result<[GlossaryCategory], GlossaryLoadError>, [EntryFileRead]) {
        let categories = ConcurrentSlots<Result<[GlossaryCategory], GlossaryLoadError>>(count: 1)
        let results = ConcurrentSlots<EntryFileRead>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count + 1) { index in
            if index < files.count {
                results[index] = readEntries(from: directory.appendingPathComponent(files[index]))
            } else {
                categories[0] = readCategories(from: directory.appendingPathComponent(categoriesFileName))
            }
        }
        return (
            categories[0] ?? readCategories(from: directory.appendingPathComponent(categoriesFileName)),
            files.indices.map { results[$0] ?? readEntries(from: directory.appendingPathComponent(files[$0])) })
    }

    /// Reads the categories file with the strict path (it is small).
    private static func readCategories(from file: URL) -> Result<[GlossaryCategory], GlossaryLoadError> {
        Result { () throws(GlossaryLoadError) in
            try read(from: file) { (field) throws(GlossaryShapeError) in try GlossaryCategory(json: field) }
        }
    }

    /// Reads one entry file with the fast reader.
    private static func readEntries(from file: URL) -> EntryFileRead {
        let data: Data
        do throws(GlossaryLoadError) {
            data = try contents(of: file)
        } catch {
            return .failed(error)
        }
        var entries = [GlossaryEntry?]()
        let read = data.withUnsafeBytes { raw in
            Result { () throws(GlossaryFastPathMiss) in
                try GlossaryEntry.appendEntries(from: raw.bindMemory(to: UInt8.self), to: &entries)
            }
        }
        if case .failure = read { return .missed(data, from: file) }
        return .entries(entries)
    }

    private static func contents(of file: URL) throws(GlossaryLoadError) -> Data {
        do {
            return try Data(contentsOf: file)
        } catch {
            throw .unreadable(path: file.path, reason: error.localizedDescription)
        }
    }

    /// Reads a file holding a JSON array and reads each element with `element`.
    private static func read<Element>(
        from file: URL, _ element: (GlossaryJSONField) throws(GlossaryShapeError) -> Element
    ) throws(GlossaryLoadError) -> [Element] {
        try read(try contents(of: file), from: file, element)
    }

    /// Parses `data`, the contents of `file`, as a JSON array and reads each element with `element`.
    private static func read<Element>(
        _ data: Data, from file: URL, _ element: (GlossaryJSONField) throws(GlossaryShapeError) -> Element
    ) throws(GlossaryLoadError) -> [Element] {
        // `withUnsafeBytes` rethrows untyped errors, so the parse error travels in a `Result`.
        let parsed = data.withUnsafeBytes { bytes in
            Result { () throws(JSONParseError) in try JSONParser.parse(bytes) }
        }
        let value: JSONValue
        switch parsed {
        case .success(let parsedValue): value = parsedValue
        case .failure(let error):
            throw .malformed(path: file.path, reason: "invalid JSON at byte \(error.offset): \(error.message)")
        }
        let root = GlossaryJSONField(value: value, path: .root)
        var elements = [GlossaryJSONField]()
        do {
            elements = try root.elements()
            return try elements.map(element)
        } catch {
            // Name the entry whose field failed, when the failure is inside one that has an id.
            let failed = elements.first { $0.path.element == error.path.element }
            let entryID: String? = if case .string(let id)? = failed?.value["id"] { id } else { nil }
            throw .malformed(path: file.path, reason: error.reason(entryID: entryID))
        }
    }
}
