import CRMCore
import JSON

/// Ids and times written straight into the buffer: they never need escaping, and building their
/// `String` first (then scanning it for escapes) was a third of appending a record to the journal.
/// They go in through `raw`: appending to `bytes` would copy the whole buffer out and back each time.
extension JSONWriter {
    /// `"lead_42"`, the bytes `write(id.description)` produces.
    mutating func writeStored(_ id: RecordID) {
        raw(UInt8(ascii: "\""))
        id.withText { raw($0) }
        raw(UInt8(ascii: "\""))
    }

    /// `"2026-11-22T09:00:00Z"`, the bytes `write(time.rfc3339)` produces.
    mutating func writeStored(_ time: Timestamp) {
        raw(UInt8(ascii: "\""))
        time.withRFC3339Text { raw($0) }
        raw(UInt8(ascii: "\""))
    }

    mutating func writeStored(_ text: String?) {
        if let text { write(text) } else { raw("null") }
    }

    mutating func writeStored(_ id: RecordID?) {
        if let id { writeStored(id) } else { raw("null") }
    }

    mutating func writeStored(_ time: Timestamp?) {
        if let time { writeStored(time) } else { raw("null") }
    }
}
