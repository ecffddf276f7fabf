import CRMCore
import JSONRPC

/// `note.list`: visible notes, filtered and paged.
enum NoteList: RecordListMethod {
    typealias Record = Note
    static let examples = [DemoExamples.example(NoteList.self, "The two newest", ["limit": 2])]
}
