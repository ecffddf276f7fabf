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
        // The files are read spread over the cores (they are independent, and reading them is most
        // of loading), then their entries gathered, then the name table built beside the other
        // indexes: one thread wake-up for both parallel parts (see `inTwoPhases`).
        let categoriesRead = ConcurrentSlots<Result<[GlossaryCategory], GlossaryLoadError>>(count: 1)
        let reads = ConcurrentSlots<EntryFileRead>(count: entryFiles.count)
        let gathered = ConcurrentSlots<Result<Gathered, GlossaryLoadError>>(count: 1)
        let nameTable = ConcurrentSlots<NameTable>(count: 1), others = ConcurrentSlots<IndexesBesideNameTable>(count: 1)
        inTwoPhases(first: entryFiles.count + 1, { index in
            // Each file's URL is made here too: `appendingPathComponent` is some 16,000 instructions a call.
            if index < entryFiles.count {
                reads[index] = Self.readEntries(from: directory.appendingPathComponent(entryFiles[index]))
            } else {
                categoriesRead[0] = Self.readCategories(from: directory.appendingPathComponent(Self.categoriesFileName))
            }
        }, then: {
            let result = Result { () throws(GlossaryLoadError) in try Self.gather(in: directory, entries: entryFiles, categoriesRead, reads) }
            gathered[0] = result
            if case .success = result { return true }
            return false
        }, second: 2, { task in
            guard case .success(let loaded)? = gathered[0] else { return }
            if task == 0 {
                nameTable[0] = NameTable(entries: loaded.entries)
            } else {
                others[0] = IndexesBesideNameTable(entries: loaded.entries, categories: loaded.categories)
            }
        })
        // `inTwoPhases` has run every part; computing one here is only a fallback.
        let loaded = try (gathered.take(0) ?? Result { () throws(GlossaryLoadError) in
            try Self.gather(in: directory, entries: entryFiles, categoriesRead, reads)
        }).get()
        try self.init(
            entries: loaded.entries, categories: loaded.categories,
            nameTable: nameTable.take(0) ?? NameTable(entries: loaded.entries),
            others: others.take(0) ?? IndexesBesideNameTable(entries: loaded.entries, categories: loaded.categories))
    }

    /// Every entry of the bundle, in file order, and its categories.
    private struct Gathered: Sendable {
        var entries: [GlossaryEntry]
        var categories: [GlossaryCategory]
    }

    /// The categories and the entries of every file read into `reads`, reading again with the
    /// strict path the files the fast reader left to it. Errors are thrown in file order, as
    /// reading one file after another would.
    private static func gather(
        in directory: URL, entries files: [String], _ categoriesRead: ConcurrentSlots<Result<[GlossaryCategory], GlossaryLoadError>>,
        _ reads: ConcurrentSlots<EntryFileRead>
    ) throws(GlossaryLoadError) -> Gathered {
        let categories = try (categoriesRead.take(0) ?? readCategories(from: directory.appendingPathComponent(categoriesFileName))).get()
        var fileEntries = [[GlossaryEntry?]]()
        fileEntries.reserveCapacity(files.count)
        for index in files.indices {
            // Taken out of its slot so that each file's array has one owner left, and `joined` can
            // move from it.
            switch reads.take(index) ?? readEntries(from: directory.appendingPathComponent(files[index])) {
            case .entries(let entries):
                fileEntries.append(entries)
            case .missed(let data, let file):
                // The strict path reads the same files the same way, and names what is wrong.
                fileEntries.append(try read(data, from: file) { (field) throws(GlossaryShapeError) -> GlossaryEntry? in
                    try GlossaryEntry(json: field)
                })
            case .failed(let error):
                throw error
            }
        }
        return Gathered(entries: joined(&fileEntries), categories: categories)
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
