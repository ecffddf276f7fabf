import JSON

/// Why a glossary file's JSON is not the entry or category shape: where (as "[12].term.ko") and what.
struct GlossaryShapeError: Error {
    let path: GlossaryJSONPath
    let message: String

    /// "at [12].term: missing key ko (entry lead)", the spot a person editing the file needs.
    func reason(entryID: String?) -> String {
        "at \(path): \(message)" + (entryID.map { " (entry \($0))" } ?? "")
    }
}

/// Where a value sits in a glossary file: `[element].outer.inner[item]`, deep enough for every field
/// of an entry or category. Kept as parts and turned into text only for an error, since building a
/// path string for every field read would cost an allocation each.
struct GlossaryJSONPath: CustomStringConvertible {
    /// The position in the file's top-level array.
    private(set) var element: Int?
    fileprivate var outer: String?
    fileprivate var inner: String?
    fileprivate var item: Int?

    static let root = GlossaryJSONPath()

    fileprivate func appending(key: String) -> GlossaryJSONPath {
        var path = self
        if path.outer == nil { path.outer = key } else { path.inner = (path.inner.map { $0 + "." } ?? "") + key }
        return path
    }

    fileprivate func appending(index: Int) -> GlossaryJSONPath {
        var path = self
        if path.element == nil && path.outer == nil { path.element = index } else { path.item = index }
        return path
    }

    var description: String {
        var text = element.map { "[\($0)]" } ?? ""
        for key in [outer, inner].compactMap({ $0 }) { text += text.isEmpty ? key : ".\(key)" }
        if let item { text += "[\(item)]" }
        return text.isEmpty ? "top level" : text
    }
}

/// One JSON value and where it sits in its file, read with the types the glossary expects.
///
/// Hand-written rather than `Codable`: `JSONDecoder` took most of the start-up time, and reading the
/// parser's values directly keeps the error naming the file, entry and key.
struct GlossaryJSONField {
    let value: JSONValue
    let path: GlossaryJSONPath

    /// The member `key` of this object; nil when absent or null (as `decodeIfPresent` treats both).
    func optionalMember(_ key: String) throws(GlossaryShapeError) -> GlossaryJSONField? {
        guard case .object(let object) = value else { throw mismatch("object") }
        guard let member = object[key], member != .null else { return nil }
        return GlossaryJSONField(value: member, path: path.appending(key: key))
    }

    func member(_ key: String) throws(GlossaryShapeError) -> GlossaryJSONField {
        guard case .object(let object) = value else { throw mismatch("object") }
        guard let member = object[key] else { throw GlossaryShapeError(path: path, message: "missing key \(key)") }
        return GlossaryJSONField(value: member, path: path.appending(key: key))
    }

    func elements() throws(GlossaryShapeError) -> [GlossaryJSONField] {
        guard case .array(let elements) = value else { throw mismatch("array") }
        return elements.indices.map { GlossaryJSONField(value: elements[$0], path: path.appending(index: $0)) }
    }

    func string() throws(GlossaryShapeError) -> String {
        guard case .string(let text) = value else { throw mismatch("string") }
        return text
    }

    func strings() throws(GlossaryShapeError) -> [String] {
        guard case .array(let elements) = value else { throw mismatch("array") }
        var result = [String]()
        result.reserveCapacity(elements.count)
        for index in elements.indices {
            guard case .string(let text) = elements[index] else {
                throw GlossaryJSONField(value: elements[index], path: path.appending(index: index)).mismatch("string")
            }
            result.append(text)
        }
        return result
    }

    /// A string naming a case of `Value`, such as a scope or phase.
    func rawValue<Value: RawRepresentable<String>>(of type: Value.Type) throws(GlossaryShapeError) -> Value {
        let text = try string()
        guard let parsed = Value(rawValue: text) else {
            throw GlossaryShapeError(path: path, message: "unknown \(Value.self) value \"\(text)\"")
        }
        return parsed
    }

    func mismatch(_ expected: String) -> GlossaryShapeError {
        GlossaryShapeError(path: path, message: "expected \(expected), found \(value.typeName)")
    }
}
