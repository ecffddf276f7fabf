import CRMCore
import JSONRPC

/// `<type>.get`: one visible record by id.
protocol RecordGetMethod: RPCMethod where Context == ServerContext, Params == RecordIDParams<Record>, Output == RecordOutput {
    associatedtype Record: CRMRecord
}

extension RecordGetMethod {
    static var name: String { Record.kind.methodNoun + ".get" }
    static var summary: String { "Reads one \(Record.kind.noun) by id." }
    static var description: String? {
        "Use when you know the id (from a list, search or another record's link). Records outside the acting user's visibility answer 404, exactly like ids that do not exist."
    }
    static var params: [ParamDeclaration] { Params.declarations }
    static var result: JSONSchema { RecordSchema.of(Record.kind) }
    static var errors: [ErrorCode] { [.notFound] }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        RecordOutput(try context.state.record(params.id, by: context.actor.id))
    }
}

/// `<type>.archive` / `<type>.restore`: soft delete and its undo.
protocol RecordArchiveMethod: RPCMethod where Context == ServerContext, Params == RecordIDParams<Record>, Output == RecordOutput {
    associatedtype Record: CRMRecord
    /// True for archive, false for restore.
    static var archives: Bool { get }
}

extension RecordArchiveMethod {
    static var name: String { Record.kind.methodNoun + (archives ? ".archive" : ".restore") }
    static var summary: String {
        archives ? "Archives (soft-deletes) \(Record.kind.withArticle); it leaves lists and KPIs but can be restored."
            : "Restores an archived \(Record.kind.noun)."
    }
    static var description: String? {
        archives ? "Use instead of deleting: the record and its history are kept, lists hide it unless includeArchived is set, and <type>.restore brings it back. Pass ifVersion to guard against concurrent edits."
            : "Use to undo an archive. Pass ifVersion to guard against concurrent edits."
    }
    static var params: [ParamDeclaration] { Params.versionedDeclarations }
    static var result: JSONSchema { RecordSchema.of(Record.kind) }
    static var errors: [ErrorCode] { [.notFound, .forbidden, .conflict] }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = archives
            ? try context.state.archive(params.id, ifVersion: params.ifVersion, context.operation)
            : try context.state.restore(params.id, ifVersion: params.ifVersion, context.operation)
        return RecordOutput(try context.commit(planned))
    }
}
