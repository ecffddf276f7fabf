import CRMCore
import JSONRPC

/// `note.create`: a timeline entry on any visible record.
enum NoteCreate: RPCMethod {
    static let name = "note.create"
    static let summary = "Adds a note to any visible record's activity timeline (lead, account, contact, deal…)."
    static let description: String? = "Use to log a call, meeting or decision. The author is the acting user; only the author (or an admin) edits it later."
    static let params = [
        ParamDeclaration("recordId", WireSchema.anyID, required: true),
        ParamDeclaration("text", .string(nil, minLength: 1, maxLength: 10_000), required: true),
    ]
    static let result = RecordSchema.note
    static let errors: [ErrorCode] = [.notFound, .forbidden]
    static let examples = [
        DemoExamples.example(NoteCreate.self, "After a call", ["recordId": "acct_1", "text": "Design team wants a 3D sampling pilot in Q1."]),
    ]

    struct Params: RPCParams {
        let recordId: RecordID
        let text: String

        init(from params: ParamReader) throws {
            recordId = try params.anyID("recordId")
            text = params.string("text") ?? ""
        }
    }

    static func run(_ params: Params, context: inout ServerContext) throws -> RecordOutput {
        let planned = try flat("note") { () throws(CRMError) in try context.state.createNote(on: params.recordId, text: params.text, context.operation) }
        return try RecordOutput(planned, committedIn: &context)
    }
}
