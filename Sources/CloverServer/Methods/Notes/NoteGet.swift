import CRMCore
import JSONRPC

/// `note.get`: one note by id.
enum NoteGet: RecordGetMethod {
    typealias Record = Note
    static let examples = [DemoExamples.example(NoteGet.self, "A demo note", ["id": "note_1"])]
}
