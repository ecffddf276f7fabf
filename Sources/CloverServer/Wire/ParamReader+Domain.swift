import CRMCore
import JSONRPC

/// Domain values from already validated params. Types and enums were checked by the schema; what
/// is left (id shape, money range) fails here with the member's path.
extension ParamReader {
    /// An id of `kind`; a malformed id or one of another type is simply not found (404).
    func id(_ name: String, _ kind: RecordKind) throws -> RecordID? {
        guard let text = string(name) else { return nil }
        guard let id = RecordID(text), id.kind == kind else { throw CRMError.notFound(type: kind, id: text) }
        return id
    }

    func requiredID(_ name: String, _ kind: RecordKind) throws -> RecordID {
        guard let id = try id(name, kind) else { throw ValidationFailure([ValidationProblem(path: path(of: name), reason: .required)]) }
        return id
    }

    /// An id of any record type (notes, history).
    func anyID(_ name: String) throws -> RecordID {
        let text = string(name) ?? ""
        guard let id = RecordID(text) else { throw CRMError.invalidFields([FieldProblem(name, .invalidFormat)]) }
        return id
    }

    /// For patches: absent → nil (keep), null → .some(nil) (clear), else the new id.
    func idPatch(_ name: String, _ kind: RecordKind) throws -> RecordID?? {
        guard contains(name) else { return nil }
        return .some(try id(name, kind))
    }

    func textPatch(_ name: String) -> String?? {
        guard contains(name) else { return nil }
        return .some(string(name))
    }

    func intPatch(_ name: String) -> Int?? {
        guard contains(name) else { return nil }
        return .some(int(name))
    }

    func enumeration<E: RawRepresentable>(_ name: String, _ type: E.Type) -> E? where E.RawValue == String {
        string(name).flatMap(E.init(rawValue:))
    }

    func enumPatch<E: RawRepresentable>(_ name: String, _ type: E.Type) -> E?? where E.RawValue == String {
        guard contains(name) else { return nil }
        return .some(enumeration(name, type))
    }

    func day(_ name: String) -> Day? { string(name).flatMap { Day($0) } }

    func dayPatch(_ name: String) -> Day?? {
        guard contains(name) else { return nil }
        return .some(day(name))
    }

    func timestamp(_ name: String) -> Timestamp? { string(name).flatMap { Timestamp(rfc3339: $0) } }

    /// Money as exact decimal text (`1234.50`): the JSON number scaled to hundredths without
    /// passing through Double.
    func money(_ name: String) throws -> String? {
        guard let number = number(name) else { return nil }
        guard let cents = number.scaledInteger(decimals: 2) else {
            throw ValidationFailure([ValidationProblem(path: path(of: name), reason: .outOfRange)])
        }
        return JSONNumber(units: cents, decimals: 2).text
    }
}
