import CRMCore
import JSONRPC

/// `note.update`: the author rewrites a note.
enum NoteUpdate: RPCMethod {
    static let name = "note.update"
    static let summary = "Rewrites a note's text (its author or an admin)."
    static let description: String? = "Use to correct a note. Other people's notes are read-only (403). Pass ifVersion to avoid overwriting someone else's change."
    static let params = [
        ParamDeclaration("id", WireSchema.id(.note), required: true),
        ParamDeclaration("text", .string(nil, minLength: 1, maxLength: 10_000), required: true),
        ParamDeclaration("ifVersion", WireSchema.ifVersion),
    ]
    static let result = RecordSchema.note
    static let errors: [ErrorCode] = [.notFound, .forbidden, .conflict]
    static let examples = [DemoExamples.example(NoteUpdate.self, "Fix a typo", ["id": "note_1", "text": "Pilot confirmed for January."])]

    struct Params: RPCParams {
        let id: RecordID
        let text: String
        let ifVersion: Int?

        init(from params: ParamReader) throws {
            id = try params.requiredID("id", .note)
            text = params.string("text") ?? ""
            ifVersion = params.int("ifVersion")
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("note") { () throws(CRMError) in
            try context.state.updateNote(params.id, text: params.text, ifVersion: params.ifVersion, context.operation)
        }
        return try RecordOutput(planned, committedIn: &context)
    }
}
