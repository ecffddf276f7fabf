import CRMCore
import JSONRPC

/// `note.archive`: soft delete.
enum NoteArchive: RecordArchiveMethod {
    typealias Record = Note
    static let archives = true
    static let examples = [DemoExamples.example(NoteArchive.self, "Archive a note", ["id": "note_1"])]
}

/// `note.restore`: undo an archive.
enum NoteRestore: RecordArchiveMethod {
    typealias Record = Note
    static let archives = false
    static let examples = [DemoExamples.example(NoteRestore.self, "Restore a note (a no-op when it is not archived)", ["id": "note_1"])]
}
