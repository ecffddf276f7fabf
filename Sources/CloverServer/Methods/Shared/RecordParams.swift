import CRMCore
import JSONRPC

/// `{id, ifVersion?}` of one record of a known type.
struct RecordIDParams<Record: CRMRecord>: RPCParams {
    let id: RecordID
    let ifVersion: Int?

    init(from params: ParamReader) throws {
        id = try params.requiredID("id", Record.kind)
        ifVersion = params.int("ifVersion")
    }

    static var declarations: [ParamDeclaration] {
        [ParamDeclaration("id", WireSchema.id(Record.kind), required: true)]
    }

    static var versionedDeclarations: [ParamDeclaration] {
        declarations + [ParamDeclaration("ifVersion", WireSchema.ifVersion)]
    }
}

extension RecordKind {
    /// The first part of this type's method names (`lead.get`, `license.list`).
    var methodNoun: String { self == .license ? "license" : rawValue }

    /// How a description names the type.
    var noun: String { self == .license ? "licence request" : rawValue }
    var plural: String { noun.hasSuffix("y") ? noun.dropLast() + "ies" : noun + "s" }

    /// "a lead", "an account".
    var withArticle: String { ("aeiou".contains(noun.first ?? "x") ? "an " : "a ") + noun }
}
