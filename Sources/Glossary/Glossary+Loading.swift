import Foundation

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
        let categories = try Self.decode([GlossaryCategory].self, from: directory.appendingPathComponent(Self.categoriesFileName))
        var entries = [GlossaryEntry]()
        for name in entryFiles {
            entries += try Self.decode([GlossaryEntry].self, from: directory.appendingPathComponent(name))
        }
        try self.init(entries: entries, categories: categories)
    }

    private static func decode<Value: Decodable>(_ type: Value.Type, from file: URL) throws(GlossaryLoadError) -> Value {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw .unreadable(path: file.path, reason: error.localizedDescription)
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw .malformed(path: file.path, reason: describe(error))
        } catch {
            throw .malformed(path: file.path, reason: String(describing: error))
        }
    }

    /// A decoding error as "at [12].term.ko: …", the path a person needs to find the bad spot.
    private static func describe(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let found), .valueNotFound(_, let found), .dataCorrupted(let found):
            context = found
        case .keyNotFound(let key, let found):
            return "at \(path(found.codingPath)): missing key \(key.stringValue)"
        @unknown default:
            return String(describing: error)
        }
        return "at \(path(context.codingPath)): \(context.debugDescription)"
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        let text = codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
        return text.isEmpty ? "top level" : text.hasPrefix(".") ? String(text.dropFirst()) : text
    }
}
